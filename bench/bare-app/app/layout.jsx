// The baseline for the JavaScript figure: the smallest App Router page Next.js can serve.
export const metadata = { title: "Bare Next.js page" };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
