// The floor for /gallery: a dynamic page that makes the same single list call to img.pro
// (GET /v1/media?limit=30, as lib/imgpro/images.ts makes it) and renders the names. It lives
// here, in the benchmark's own Next.js app, so it never ships in the app's routes. The user
// comes in the query, as this app has no sessions.
export const dynamic = "force-dynamic";

export default async function ListPage({ searchParams }) {
  const { user } = await searchParams;
  const response = await fetch(`${process.env.IMGPRO_API_URL}/v1/media?limit=30`, {
    headers: {
      accept: "application/json",
      authorization: `Bearer ${process.env.IMGPRO_SECRET_KEY}`,
      "x-img-user": String(user),
    },
    cache: "no-store",
  });
  if (!response.ok) throw new Error(`list: ${response.status}`);
  const { data } = await response.json();
  return (
    <main>
      <h1>Images</h1>
      <ul>
        {data.map((image) => (
          <li key={image.id}>{image.name ?? image.filename}</li>
        ))}
      </ul>
    </main>
  );
}
