import { expect, test } from "../support/test";
import { APP_URL, EMULATOR_URL } from "../env";
import {
  callAction,
  callsSince,
  forgedSessions,
  logMark,
  postUpload,
  sessionOf,
  SERVER_ACTIONS,
  type ActionBody,
  type Sender,
  type ServerActionName,
  unknownWriteEndpoints,
} from "../support/direct-calls";
import { makeImage } from "../support/upload-helpers";
import { emulatorControl, signIn, uniqueEmail, userIdOf } from "../support/emulator";
import { seedImages } from "../support/gallery-seed";

/**
 * Every server action and every non-GET route, called directly as an attacker would: with no
 * cookie, a forged one, or the victim's own cookie sent from another site. Each is refused
 * cleanly (never a 500) and img.pro never hears of it, per the emulator's request log. The
 * last test sends the very same requests from the app's own origin and sees them reach
 * img.pro, so the refusals are not an artefact of malformed requests.
 */

type Result = Awaited<ReturnType<typeof callAction>>;

interface Target {
  label: string;
  send(sender: Sender): Promise<Result>;
  /** The img.pro path a signed-in, same-origin call reaches; none for cookie-only actions. */
  imgproPath?: string;
  /** Its own session check answers with an `unauthenticated` ActionResult. */
  authed?: boolean;
}

function targets(imageId: string, intruder: Record<string, string>): Target[] {
  const action = (name: ServerActionName, path: string, body: ActionBody) => ({
    label: name,
    send: (sender: Sender) => callAction(name, path, body, sender),
  });
  return [
    action("signOut", "/gallery", { json: [] }),
    {
      ...action("startUpgrade", "/billing", {
        form: { plan: "pro", interval: "monthly", viewKey: crypto.randomUUID(), ...intruder },
        args: [null, "$K1"],
      }),
      imgproPath: "/v1/billing/status",
      authed: true,
    },
    action("clearCheckoutMarker", "/billing", { json: [] }),
    {
      ...action("updateImageAction", `/images/${imageId}`, {
        json: [{ id: imageId, tags: ["forged"], ...intruder }],
      }),
      imgproPath: `/v1/media/${imageId}`,
      authed: true,
    },
    {
      ...action("deleteImageAction", `/images/${imageId}`, {
        json: [{ id: imageId, ...intruder }],
      }),
      imgproPath: `/v1/media/${imageId}`,
      authed: true,
    },
    {
      ...action("batchTagAction", "/gallery", {
        json: [{ ids: [imageId], tags: ["forged"], mode: "add", ...intruder }],
      }),
      imgproPath: "/v1/media/batch",
      authed: true,
    },
    {
      ...action("batchDeleteAction", "/gallery", {
        json: [{ ids: [imageId], ...intruder }],
      }),
      imgproPath: "/v1/media/batch",
      authed: true,
    },
    {
      ...action("importFromUrl", "/gallery", {
        json: [{ url: `${EMULATOR_URL}/direct-call-${imageId}.png`, ...intruder }],
      }),
      // img.pro's App API imports with a JSON body on POST /v1/images.
      imgproPath: "/v1/images",
      authed: true,
    },
    {
      ...action("checkImageAction", "/gallery", { json: [{ id: imageId, ...intruder }] }),
      imgproPath: `/v1/media/${imageId}`,
      authed: true,
    },
    {
      ...action("refreshUsageAction", "/gallery", { json: [intruder] }),
      imgproPath: "/v1/usage",
      authed: true,
    },
    {
      label: "POST /api/uploads",
      send: async (sender) => postUpload((await makeImage("direct.png")).buffer, sender),
      imgproPath: "/v1/images",
    },
  ];
}

/** No 500 and no error digest: a refusal the client can read. */
function expectClean(result: Result, label: string) {
  expect(result.status, label).toBeLessThan(500);
  expect(result.text, label).not.toContain('E{"digest"');
}

function expectCrossSiteRefusal(result: Result, label: string) {
  expect(result.status, label).toBe(403);
  expect(JSON.parse(result.text), label).toMatchObject({ error: { code: "cross_site" } });
  expect(result.headers["set-cookie"], `${label}: no cookie changed`).toBeUndefined();
}

test("the specs below cover every server action and every route that accepts a write", () => {
  expect(unknownWriteEndpoints()).toEqual([]);
  // ...and the targets the specs send are exactly those: every known action, and the route.
  const labels = targets("any-image", {}).map((target) => target.label);
  expect(labels.sort()).toEqual([...Object.keys(SERVER_ACTIONS), "POST /api/uploads"].sort());
});

let victim: { userId: string; session: string; imageId: string };
let bystander: string;

test.beforeAll(async ({ browser, playwright }) => {
  const page = await browser.newPage();
  const request = await playwright.request.newContext();
  const email = uniqueEmail("direct-calls");
  await signIn(page, request, email);
  const userId = await userIdOf(request, email);
  const [imageId] = await seedImages(request, userId, [{ filename: "victim.jpg" }]);
  const other = await emulatorControl(request, "POST", "/users", {
    email: uniqueEmail("direct-calls-b"),
  });
  bystander = ((await other.json()) as { id: string }).id;
  victim = { userId, session: await sessionOf(page), imageId: imageId as string };
  await page.close();
  await request.dispose();
});

const everyTarget = () =>
  targets(victim.imageId, { userId: bystander, user: bystander, "X-Img-User": bystander });

test("without a session cookie, every action and route is refused by its own check", async ({
  request,
}) => {
  const mark = await logMark(request);
  for (const target of everyTarget()) {
    const result = await target.send({ origin: APP_URL });
    expectClean(result, target.label);
    // proxy.ts sends only pages being opened to sign in: an action's caller gets the
    // action's own answer, which it can show.
    expect(result.headers["location"] ?? "", target.label).not.toMatch(/\/login/);
    if (target.authed) expect(result.text, target.label).toContain('"code":"unauthenticated"');
    if (target.label === "POST /api/uploads") {
      expect(result.status).toBe(401);
      expect(JSON.parse(result.text)).toMatchObject({ error: { code: "unauthenticated" } });
    }
  }
  expect(await callsSince(request, mark, [victim.userId, bystander])).toEqual([]);
});

test("a forged or expired session cookie is no session: each action's own check refuses it", async ({
  request,
}) => {
  const forged = await forgedSessions({ userId: victim.userId, email: "victim@example.com" });
  const mark = await logMark(request);
  for (const [kind, session] of Object.entries(forged)) {
    for (const target of everyTarget()) {
      const label = `${target.label}, ${kind} cookie`;
      // Past proxy.ts (a cookie is there): only the action or route itself stands in the way.
      const result = await target.send({ origin: APP_URL, session });
      expectClean(result, label);
      if (target.authed) expect(result.text, label).toContain('"code":"unauthenticated"');
      if (target.label === "POST /api/uploads") expect(result.status, label).toBe(401);
    }
  }
  expect(await callsSince(request, mark, [victim.userId, bystander])).toEqual([]);
});

test("the victim's own cookie sent from another site is refused with a 403", async ({
  request,
}) => {
  const senders: [string, Sender][] = [
    ["cross-site", { origin: "https://evil.example" }],
    // Next.js alone runs this one: it compares Origin with X-Forwarded-Host when present.
    [
      "cross-site with a matching X-Forwarded-Host",
      { origin: "https://evil.example", headers: { "x-forwarded-host": "evil.example" } },
    ],
    [
      "cross-site dressed as a prefetch",
      {
        origin: "https://evil.example",
        headers: { "x-forwarded-host": "evil.example", "next-router-prefetch": "1" },
      },
    ],
  ];
  const mark = await logMark(request);
  for (const [kind, sender] of senders) {
    for (const target of everyTarget()) {
      const result = await target.send({ ...sender, session: victim.session });
      expectCrossSiteRefusal(result, `${target.label}, ${kind}`);
    }
  }
  expect(await callsSince(request, mark, [victim.userId, bystander])).toEqual([]);
});

test("the victim's own cookie with Origin null, no Origin or a malformed one is refused", async ({
  request,
}) => {
  // `null` comes from sandboxed frames, file: pages and some cross-site redirects; Next.js
  // runs an action with no Origin at all.
  const senders: [string, Sender][] = [
    ["Origin null", { origin: "null" }],
    ["no Origin", {}],
    ["a malformed Origin", { origin: "not a url" }],
  ];
  const mark = await logMark(request);
  for (const [kind, sender] of senders) {
    for (const target of everyTarget()) {
      const result = await target.send({ ...sender, session: victim.session });
      expectCrossSiteRefusal(result, `${target.label}, ${kind}`);
    }
  }
  expect(await callsSince(request, mark, [victim.userId, bystander])).toEqual([]);
});

test("the same requests from the app's own origin do reach img.pro", async ({ request }) => {
  const [imageId] = await seedImages(request, victim.userId, [{ filename: "control.jpg" }]);
  const mark = await logMark(request);
  for (const target of targets(imageId as string, {})) {
    const result = await target.send({ origin: APP_URL, session: victim.session });
    expectClean(result, target.label);
    if (target.authed) expect(result.text, target.label).not.toContain("unauthenticated");
    if (target.label === "signOut" || target.label === "clearCheckoutMarker") {
      expect(result.headers["set-cookie"], target.label).toMatch(/=; Path=\/\S*; Max-Age=0/);
    }
  }
  const reached = (await callsSince(request, mark, [victim.userId])).map((call) => call.path);
  const expected = targets(imageId as string, {}).flatMap((target) => target.imgproPath ?? []);
  const count = (paths: string[], path: string) => paths.filter((item) => item === path).length;
  for (const path of new Set(expected)) {
    expect(count(reached, path), path).toBeGreaterThanOrEqual(count(expected, path));
  }
});
