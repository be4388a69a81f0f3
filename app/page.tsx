import { AppLink } from "@/components/ui/app-link";
import { ContinueWithImgPro } from "@/components/auth/continue-with-imgpro";
import { CONTENT_COLUMN } from "@/components/site/column";
import { HeroCollage } from "@/components/site/hero-collage";
import { Notice } from "@/components/site/notice";
import { PublicHeader } from "@/components/site/public-header";
import { buttonClasses } from "@/components/ui/button-classes";
import { ROUTES } from "@/lib/routes";
import { getSession } from "@/lib/session";
import { site } from "@/lib/site";

const NOTICES = {
  "sign-in-canceled": { tone: "info", text: "Sign-in canceled. Try again." },
  disconnected: {
    tone: "warning",
    text: "Your img.pro account is no longer connected. Continue with img.pro to reconnect.",
  },
  "signed-out": { tone: "info", text: "You are signed out." },
} as const;

const POINTS = [
  {
    title: "Drop in anything",
    text: "Drag photos onto the page, paste them, or bring one in from a link.",
    icon: "M12 16V4m0 0L7 9m5-5 5 5M5 15v3a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-3",
  },
  {
    title: "Find it again",
    text: "Albums and tags put every photo a click away, however many you keep.",
    icon: "m20 20-4.5-4.5M17 10.5a6.5 6.5 0 1 1-13 0 6.5 6.5 0 0 1 13 0Z",
  },
  {
    title: "Yours to keep",
    text: "Your photos stay in your own img.pro account, not locked inside this app.",
    icon: "M12 3 5 6v5c0 4.5 3 8.3 7 10 4-1.7 7-5.5 7-10V6l-7-3Z",
  },
] as const;

export default async function LandingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { notice } = await searchParams;
  const message =
    typeof notice === "string" && notice in NOTICES
      ? NOTICES[notice as keyof typeof NOTICES]
      : null;
  const user = await getSession();

  return (
    <>
      <PublicHeader />
      <main className={`${CONTENT_COLUMN} flex flex-1 flex-col gap-14 pt-6 pb-16 lg:pt-12`}>
        {message && <Notice tone={message.tone}>{message.text}</Notice>}
        <section className="grid items-center gap-10 lg:grid-cols-[1fr_1.1fr] lg:gap-16">
          <div className="flex flex-col gap-5">
            <h1 className="text-4xl font-semibold tracking-tight text-balance sm:text-5xl">
              {site.headline}
            </h1>
            <p className="text-muted max-w-md text-lg">{site.subhead}</p>
            <div className="flex flex-wrap items-center gap-4 pt-1">
              {user ? (
                <AppLink href={ROUTES.gallery} className={buttonClasses("primary")}>
                  Open your gallery
                </AppLink>
              ) : (
                <ContinueWithImgPro />
              )}
            </div>
            <p className="text-muted text-sm">Your images and plan live at img.pro.</p>
          </div>
          <HeroCollage />
        </section>
        <section aria-labelledby="points-heading">
          <h2 id="points-heading" className="sr-only">
            What {site.name} does
          </h2>
          <ul className="border-line grid gap-8 border-t pt-10 sm:grid-cols-3">
            {POINTS.map((point) => (
              <li key={point.title} className="flex flex-col gap-2">
                <svg
                  width="24"
                  height="24"
                  viewBox="0 0 24 24"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="1.7"
                  strokeLinecap="round"
                  strokeLinejoin="round"
                  aria-hidden="true"
                  className="text-accent"
                >
                  <path d={point.icon} />
                </svg>
                <h3 className="font-semibold">{point.title}</h3>
                <p className="text-muted text-sm">{point.text}</p>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </>
  );
}
