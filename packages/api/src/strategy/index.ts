/** What the moderation and conversation sub-domains reuse from the thread domain. */
export {
  initialPostStatus,
  hasPublishedPost,
  assertMayPost,
  refreshThreadActivity,
} from "./posting-rules";
export {
  threadAudience,
  threadVisible,
  postVisible,
  threadOpenable,
  postOpenable,
} from "./visibility";
export { groupRole, assertGroupMember, assertGroupModerator } from "./groups-access";
export { filterConditions } from "./filters";
