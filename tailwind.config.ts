import type { Config } from 'tailwindcss';

// Tailwind v4 reads this file through `@config` in app/globals.css.
const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        keel: { 50: '#eef7ff', 100: '#d9edff', 400: '#4aa3ff', 500: '#1f86ff', 600: '#0b68e0', 700: '#0a55b5', 900: '#0b2545' },
      },
    },
  },
};

export default config;
