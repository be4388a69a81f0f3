// Unit tests run outside React Server Components, where the real "server-only" throws.
export {};
