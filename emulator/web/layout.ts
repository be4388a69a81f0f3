import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";

type Content = HtmlEscapedString | Promise<HtmlEscapedString> | string;

const STYLES = `
:root{color-scheme:light dark;--canvas:#f6f6f4;--surface:#fff;--ink:#0a0a0a;--text:#333;--muted:#595959;
  --line:#e5e5e5;--line-strong:#c4c4c4;--field:#fff;--code:#f3f3f3;--focus:#2563eb;
  --primary:#0a0a0a;--on-primary:#fff;--danger-fill:#fef2f2;--danger-line:#fecaca;--danger:#991b1b;
  --info-fill:#f0f9ff;--info-line:#bae6fd;--info:#075985;--shadow:rgba(0,0,0,.04)}
@media (prefers-color-scheme:dark){:root{--canvas:#111110;--surface:#1c1c1a;--ink:#f4f4f2;--text:#d6d6d2;
  --muted:#a3a39e;--line:#33332f;--line-strong:#55554f;--field:#141413;--code:#2a2a27;--focus:#7db4ff;
  --primary:#f4f4f2;--on-primary:#0a0a0a;--danger-fill:#2a1414;--danger-line:#7f1d1d;--danger:#fca5a5;
  --info-fill:#0c1d2a;--info-line:#1e4a66;--info:#bae6fd;--shadow:rgba(0,0,0,.4)}}
*{box-sizing:border-box}
body{margin:0;min-height:100vh;display:flex;flex-direction:column;align-items:center;
  font:15px/1.5 -apple-system,system-ui,sans-serif;background:var(--canvas);color:var(--ink)}
header{width:100%;padding:14px 24px;display:flex;justify-content:space-between;align-items:center}
header .brand{font-weight:700;letter-spacing:-.01em;text-decoration:none;color:inherit}
header .badge{font-size:12px;color:var(--muted);border:1px solid var(--line);border-radius:999px;padding:2px 10px;background:var(--surface)}
main{width:calc(100% - 32px);max-width:420px;margin:6vh 16px 32px;background:var(--surface);border:1px solid var(--line);
  border-radius:14px;padding:28px;box-shadow:0 1px 2px var(--shadow)}
main.wide{max-width:760px}
h1{font-size:22px;line-height:1.25;margin:0 0 8px}
p{margin:0 0 14px;color:var(--text)}
a{color:inherit}
.muted{color:var(--muted);font-size:13px}
label{display:block;font-weight:600;margin:0 0 6px}
input[type=email],input[type=text],select{width:100%;padding:10px 12px;border:1px solid var(--line-strong);border-radius:8px;
  font:inherit;margin:0 0 14px;background:var(--field);color:var(--ink)}
input:focus-visible,button:focus-visible,a:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.actions{display:flex;gap:10px;flex-wrap:wrap}
button,.button{display:inline-flex;justify-content:center;align-items:center;min-height:44px;padding:10px 16px;border-radius:8px;
  font-family:inherit;font-size:14px;font-weight:600;line-height:1.2;cursor:pointer;border:1px solid var(--primary);background:var(--primary);color:var(--on-primary);text-decoration:none}
button.secondary,.button.secondary{background:var(--surface);color:var(--ink);border-color:var(--line-strong)}
.error{background:var(--danger-fill);border:1px solid var(--danger-line);color:var(--danger);padding:10px 12px;border-radius:8px;margin:0 0 14px}
.notice{background:var(--info-fill);border:1px solid var(--info-line);color:var(--info);padding:10px 12px;border-radius:8px;margin:0 0 14px}
table{width:100%;border-collapse:collapse;font-size:14px}
th,td{text-align:left;padding:8px;border-bottom:1px solid var(--line);vertical-align:top}
code{font:13px ui-monospace,SFMono-Regular,Menlo,monospace;background:var(--code);padding:1px 5px;border-radius:4px}
.switch{margin-top:18px}
footer{color:var(--muted);font-size:12px;margin:auto 16px 18px;text-align:center}
`;

/** img.pro's mark as the emulator draws it: a tab icon, so no page logs a 404 for one. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#111827"/><text x="16" y="21" font-family="system-ui,sans-serif" font-size="13" font-weight="700" fill="#fff" text-anchor="middle">img</text></svg>`;

/** The shell of every emulator page: img.pro branding plus a plain "local emulator" badge. */
export function page(title: string, body: Content, options: { wide?: boolean } = {}) {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <meta name="color-scheme" content="light dark" />
        <title>${title} · img.pro</title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <style>
          ${raw(STYLES)}
        </style>
      </head>
      <body>
        <header>
          <span class="brand">img.pro</span>
          <span class="badge">Local emulator</span>
        </header>
        <main class="${options.wide ? "wide" : ""}">${body}</main>
        <footer>Local img.pro emulator for development and tests. No mail is sent.</footer>
      </body>
    </html>`;
}

/** A page with a message and no way forward (bad links, unknown apps). */
export function errorPage(title: string, message: string) {
  return page(
    title,
    html`<h1>${title}</h1>
      <p class="error" role="alert">${message}</p>`,
  );
}
