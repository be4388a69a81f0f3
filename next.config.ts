import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Lets two test runs on one machine build side by side (see e2e/env.ts).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Bundled, not left to Node's require: Turbopack resolves it per layer (empty on the
  // server, an error in a client component), while Node's require in a pages/api route
  // takes the package's throwing default and every upload would be a 500.
  transpilePackages: ["server-only"],
};

export default nextConfig;
