import { site } from "../lib/site";

/**
 * The pre-registered demo app. `.env.development` holds the same id and secret, so
 * `npm run dev` works with no configuration. Not a credential: it only opens the emulator.
 */
export const DEMO_APP = {
  id: "a8o46yrk",
  name: site.name,
  secret: "img_sk_live_emulator_demo_secret_do_not_use_in_production",
  redirectUris: ["http://localhost:3000/callback", "http://127.0.0.1:3000/callback"],
} as const;
