import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { configuredChromium } from "../scripts/chromium";

/** Chromium for the benchmark and the screenshots: the same browser choice as playwright.config.ts. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: configuredChromium(),
    args: ["--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}

/** Signs a new user in through the emulator's hosted login; returns the signed-in context. */
export async function signIn(
  browser: Browser,
  urls: { appUrl: string; emulatorUrl: string },
  email: string,
): Promise<{ context: BrowserContext; cookie: string; userId: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${urls.appUrl}/login`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("One-time code").fill(await oneTimeCode(urls.emulatorUrl, email));
  await page.getByRole("button", { name: "Verify" }).click();
  await page.getByRole("button", { name: "Connect" }).click();
  await page.waitForURL(`${urls.appUrl}/gallery`);
  await page.close();
  const cookies = await context.cookies(urls.appUrl);
  return {
    context,
    cookie: cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; "),
    userId: await userIdOf(urls.emulatorUrl, email),
  };
}

async function oneTimeCode(emulatorUrl: string, email: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const response = await fetch(
      `${emulatorUrl}/__emulator/inbox?email=${encodeURIComponent(email)}`,
      { headers: { accept: "application/json" } },
    );
    const body = (await response.json()) as { data: { code: string }[] };
    if (body.data[0]?.code) return body.data[0].code;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no one-time code for ${email}`);
}

export async function userIdOf(emulatorUrl: string, email: string): Promise<string> {
  const response = await fetch(
    `${emulatorUrl}/__emulator/users?email=${encodeURIComponent(email)}`,
  );
  const body = (await response.json()) as { data: { id: string }[] };
  const id = body.data[0]?.id;
  if (!id) throw new Error(`no emulator user for ${email}`);
  return id;
}

/**
 * JavaScript a page makes the browser download, as transferred (compressed) bytes, in a
 * fresh context with nothing cached.
 */
export async function scriptBytes(
  browser: Browser,
  url: string,
  storageState?: Awaited<ReturnType<BrowserContext["storageState"]>>,
): Promise<number> {
  const context = await browser.newContext({ storageState });
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "script") {
      sizes.push(request.sizes().then((size) => size.responseBodySize));
    }
  });
  const response = await page.goto(url, { waitUntil: "networkidle" });
  if (!response?.ok()) throw new Error(`${url}: ${response?.status()}`);
  const total = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  await context.close();
  return total;
}
