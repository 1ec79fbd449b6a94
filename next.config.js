/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // litesvm is a native addon used only by the local chain; never bundle it.
  serverExternalPackages: ['litesvm', '@electric-sql/pglite'],
  // `next dev` serves its dev client (hot reload, hydration) only to allowed
  // origins; the portal is opened at 127.0.0.1 as often as at localhost.
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
};

module.exports = nextConfig;
