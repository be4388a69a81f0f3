import { fileURLToPath } from "node:url";

/** Built by `npm run bench` with the app's own Next.js, as the baseline for JavaScript size. */
const nextConfig = {
  // The repository root holds the lock file and node_modules this page builds with.
  turbopack: { root: fileURLToPath(new URL("../..", import.meta.url)) },
};

export default nextConfig;
