import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { Footer } from "@/components/site/footer";
import { site } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: site.name, template: `%s · ${site.name}` },
  description: site.pitch,
};

// The browser's own parts (scrollbars, the address bar on phones) follow the scheme too.
export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#1a1918" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: its scripts need that response's CSP nonce.
  await connection();
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col font-sans">
        {children}
        <Footer />
      </body>
    </html>
  );
}
