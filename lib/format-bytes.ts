// lib/format.ts is the one formatting module. The upload path being rewritten
// (lib/upload/upload-contract.ts) still imports from here; remove this file once it does not.
export { formatBytes } from "./format";
