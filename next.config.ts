import type { NextConfig } from "next";
import { transportSecurityHeaders } from "./lib/security-headers";

/** What proxy.ts does not see (its matcher leaves these out); it sets HSTS on the rest. */
const OUTSIDE_PROXY = ["/_next/static/:path*", "/_next/image", "/favicon.ico", "/api/uploads"];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Lets two test runs on one machine build side by side (see e2e/env.ts).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Bundled, not left to Node's require: Turbopack resolves it per layer (empty on the
  // server, an error in a client component), while Node's require in a pages/api route
  // takes the package's throwing default and every upload would be a 500.
  transpilePackages: ["server-only"],
  // `npm run bench` builds the app with one extra page, app/bench-floor/page.bench.jsx: the
  // bare list page the gallery is compared with, served as a page of this app, to show what
  // this app's shell costs any page. Every other build leaves it out.
  pageExtensions: [
    "tsx",
    "ts",
    "jsx",
    "js",
    ...(process.env.BENCH_FLOOR_PAGE === "1" ? ["bench.jsx"] : []),
  ],
  async headers() {
    // Read when the app is built: set APP_URL for the build too (Vercel does), or these
    // responses go without HSTS while every page still carries it from proxy.ts.
    const headers = Object.entries(transportSecurityHeaders(process.env.APP_URL)).map(
      ([key, value]) => ({ key, value }),
    );
    return headers.length === 0 ? [] : OUTSIDE_PROXY.map((source) => ({ source, headers }));
  },
};

export default nextConfig;
