export * from './documentModel';
export * from './officialText';
export * from './logoImage';
export * from './documentDocx';
export * from './letterhead';
export * from './reportBlocks';
export * from './base64';
export * from './emailDraft';
