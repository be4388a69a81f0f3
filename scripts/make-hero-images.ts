/**
 * Draws the landing page's sample photos: calm, landscape-like scenes made from layered
 * gradients, rendered with sharp and saved as small WebP files under public/landing/. They
 * are committed, so the page never fetches an image from elsewhere; run
 * `npx tsx scripts/make-hero-images.ts` again only to change them.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

interface Scene {
  name: string;
  width: number;
  height: number;
  sky: [string, string];
  sun: { x: number; y: number; r: number; color: string };
  /** Ridges from far to near: colour and how high (0..1 of the height) they rise. */
  ridges: { color: string; base: number; amplitude: number; seed: number }[];
  water?: string;
}

export const SCENES: Scene[] = [
  {
    name: "dawn-lake",
    width: 960,
    height: 720,
    sky: ["#f6c7a1", "#8fb8de"],
    sun: { x: 0.68, y: 0.42, r: 0.07, color: "#fff2d6" },
    ridges: [
      { color: "#8a9cc0", base: 0.52, amplitude: 0.08, seed: 1 },
      { color: "#5d7198", base: 0.6, amplitude: 0.07, seed: 2 },
    ],
    water: "#7f9ec4",
  },
  {
    name: "dunes",
    width: 720,
    height: 900,
    sky: ["#fde3b4", "#f59e6b"],
    sun: { x: 0.3, y: 0.3, r: 0.09, color: "#fff7e6" },
    ridges: [
      { color: "#e9a36a", base: 0.55, amplitude: 0.06, seed: 3 },
      { color: "#d4824c", base: 0.68, amplitude: 0.08, seed: 4 },
      { color: "#b8643a", base: 0.82, amplitude: 0.06, seed: 5 },
    ],
  },
  {
    name: "forest-hills",
    width: 960,
    height: 720,
    sky: ["#dff1e8", "#9cc9b4"],
    sun: { x: 0.22, y: 0.28, r: 0.06, color: "#fbfff4" },
    ridges: [
      { color: "#7fae96", base: 0.45, amplitude: 0.1, seed: 6 },
      { color: "#4f8a70", base: 0.58, amplitude: 0.09, seed: 7 },
      { color: "#2f664f", base: 0.74, amplitude: 0.08, seed: 8 },
      { color: "#1c4636", base: 0.88, amplitude: 0.05, seed: 9 },
    ],
  },
  {
    name: "night-coast",
    width: 720,
    height: 900,
    sky: ["#1d2b53", "#7e5a9b"],
    sun: { x: 0.7, y: 0.22, r: 0.05, color: "#f4f1ff" },
    ridges: [
      { color: "#3b3f73", base: 0.56, amplitude: 0.07, seed: 10 },
      { color: "#262a55", base: 0.64, amplitude: 0.05, seed: 11 },
    ],
    water: "#4b4f86",
  },
];

/** A smooth, repeatable ridge line: a few sine waves whose phases come from the seed. */
function ridgePath(width: number, height: number, ridge: Scene["ridges"][number]): string {
  const points: string[] = [];
  const steps = 48;
  for (let i = 0; i <= steps; i += 1) {
    const x = (i / steps) * width;
    const t = i / steps;
    const wave =
      Math.sin(t * 5.1 + ridge.seed * 1.7) * 0.5 +
      Math.sin(t * 11.3 + ridge.seed * 0.9) * 0.3 +
      Math.sin(t * 23.7 + ridge.seed * 2.3) * 0.2;
    const y = height * (ridge.base - ridge.amplitude * wave);
    points.push(`${x.toFixed(1)},${y.toFixed(1)}`);
  }
  return `M0,${height} L${points.join(" L")} L${width},${height} Z`;
}

function sceneSvg(scene: Scene): string {
  const { width: w, height: h } = scene;
  const horizon = scene.water ? h * 0.7 : h;
  const ridges = scene.ridges
    .map((ridge) => `<path d="${ridgePath(w, horizon, ridge)}" fill="${ridge.color}"/>`)
    .join("");
  const water = scene.water
    ? `<rect y="${horizon}" width="${w}" height="${h - horizon}" fill="url(#water)"/>
       <ellipse cx="${scene.sun.x * w}" cy="${horizon + (h - horizon) * 0.35}" rx="${scene.sun.r * w * 1.4}" ry="${h * 0.012}" fill="${scene.sun.color}" opacity="0.55"/>`
    : "";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
    <defs>
      <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
        <stop offset="0" stop-color="${scene.sky[1]}"/>
        <stop offset="1" stop-color="${scene.sky[0]}"/>
      </linearGradient>
      <radialGradient id="glow">
        <stop offset="0" stop-color="${scene.sun.color}" stop-opacity="0.9"/>
        <stop offset="1" stop-color="${scene.sun.color}" stop-opacity="0"/>
      </radialGradient>
      <linearGradient id="water" x1="0" y1="0" x2="0" y2="1">
        <stop offset="0" stop-color="${scene.water ?? "#000"}"/>
        <stop offset="1" stop-color="${scene.ridges.at(-1)?.color ?? "#000"}"/>
      </linearGradient>
    </defs>
    <rect width="${w}" height="${h}" fill="url(#sky)"/>
    <circle cx="${scene.sun.x * w}" cy="${scene.sun.y * h}" r="${scene.sun.r * w * 3}" fill="url(#glow)"/>
    <circle cx="${scene.sun.x * w}" cy="${scene.sun.y * h}" r="${scene.sun.r * w}" fill="${scene.sun.color}"/>
    ${ridges}
    ${water}
  </svg>`;
}

async function main() {
  const out = path.join(process.cwd(), "public", "landing");
  await mkdir(out, { recursive: true });
  for (const scene of SCENES) {
    // A touch of blur softens the vector edges so the scenes read as photographs.
    await sharp(Buffer.from(sceneSvg(scene)))
      .blur(1.2)
      .webp({ quality: 72, effort: 6 })
      .toFile(path.join(out, `${scene.name}.webp`));
    console.log(`public/landing/${scene.name}.webp (${scene.width}×${scene.height})`);
  }
}

await main();
