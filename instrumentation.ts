export async function register() {
  // Node.js only: the check reads process.env and may stop the process.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkConfigAtStart } = await import("./lib/config-check");
    checkConfigAtStart();
  }
}
