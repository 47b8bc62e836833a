import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  output: "export",
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // npm test builds the same code three times (hostile, seed, bundled content): only the first
  // build type-checks it (NEXT_TYPECHECKED=1 on the others); `tsc --noEmit` has run before too.
  typescript: { ignoreBuildErrors: process.env.NEXT_TYPECHECKED === "1" },
  // The content folder is read at build time only; nothing runs on a server.
  env: { NEXT_PUBLIC_BUILT_AT: new Date().toISOString().slice(0, 10) },
};

export default nextConfig;
