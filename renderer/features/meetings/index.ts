export { MeetingsPage } from './MeetingsPage';
export { MeetingPage } from './page/MeetingPage';
export { meetingPath, meetingRoute, type MeetingSection } from './meetingPath';
