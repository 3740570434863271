// The meeting page's paths live in the app, so that features linking to a meeting (the actions'
// origin link) need not import the meetings feature, which itself uses the actions.
export {
  meetingPath,
  meetingRoute,
  meetingSections,
  type MeetingSection,
} from '../../app/meetingPath';
