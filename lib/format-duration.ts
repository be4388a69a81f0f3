// lib/format.ts is the one formatting module. The upload path being rewritten
// (app/api/uploads/route.ts) still imports from here; remove this file once it does not.
export { formatDuration } from "./format";
