export * from './meetingNumber';
