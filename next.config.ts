import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  output: "export",
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // The content folder is read at build time only; nothing runs on a server.
  env: { NEXT_PUBLIC_BUILT_AT: new Date().toISOString().slice(0, 10) },
};

export default nextConfig;
