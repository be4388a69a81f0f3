import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Lets two test runs on one machine build side by side (see e2e/env.ts).
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
