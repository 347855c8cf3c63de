export { findMarkdownProblems, type MarkdownProblem } from "./check";
export { plainExcerpt } from "./excerpt";
export { isAllowedLink } from "./links";
export { extractMentions, handleFromName, maxMentions } from "./mentions";
export { renderMarkdown } from "./render";
