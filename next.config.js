/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // litesvm is a native addon used only by the local chain; never bundle it.
  serverExternalPackages: ['litesvm', '@electric-sql/pglite'],
};

module.exports = nextConfig;
