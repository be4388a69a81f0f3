import sharp from "sharp";

/**
 * Photo-like pictures for `npm run screenshots`, drawn here so the repository needs no
 * photographs of its own and the script fetches nothing: skies, hills, sea and dunes in
 * gradients, at the aspect ratios real photos come in.
 */

export type Scene = "hills" | "sea" | "dunes" | "orbs";

export interface PhotoSpec {
  file: string;
  caption: string;
  scene: Scene;
  /** Top of the sky, horizon, then the land or sea from far to near. */
  colours: [string, string, string, string];
  width: number;
  height: number;
  tags: string[];
  album?: string;
}

export const PHOTOS: PhotoSpec[] = [
  {
    file: "golden-hour.jpg",
    caption: "Golden hour over the valley",
    scene: "hills",
    colours: ["#1e3a8a", "#fb923c", "#7c2d12", "#431407"],
    width: 1200,
    height: 800,
    tags: ["golden hour", "travel"],
    album: "summer-2026",
  },
  {
    file: "harbour-morning.jpg",
    caption: "Harbour at dawn",
    scene: "sea",
    colours: ["#fbcfe8", "#fde68a", "#0e7490", "#164e63"],
    width: 800,
    height: 1200,
    tags: ["sea", "morning"],
    album: "summer-2026",
  },
  {
    file: "dunes.jpg",
    caption: "Dunes after the wind",
    scene: "dunes",
    colours: ["#38bdf8", "#fef3c7", "#f59e0b", "#b45309"],
    width: 1280,
    height: 720,
    tags: ["desert", "travel"],
    album: "summer-2026",
  },
  {
    file: "blue-ridge.jpg",
    caption: "Blue ridges",
    scene: "hills",
    colours: ["#bfdbfe", "#e0f2fe", "#3b82f6", "#1e3a8a"],
    width: 1000,
    height: 1000,
    tags: ["mountains"],
  },
  {
    file: "lanterns.jpg",
    caption: "Lanterns",
    scene: "orbs",
    colours: ["#0f172a", "#f43f5e", "#f59e0b", "#a855f7"],
    width: 960,
    height: 1200,
    tags: ["night", "city"],
  },
  {
    file: "open-sea.jpg",
    caption: "Open sea, late afternoon",
    scene: "sea",
    colours: ["#0c4a6e", "#fcd34d", "#0369a1", "#082f49"],
    width: 1200,
    height: 800,
    tags: ["sea", "golden hour"],
    album: "summer-2026",
  },
  {
    file: "meadow.jpg",
    caption: "Meadow in May",
    scene: "hills",
    colours: ["#7dd3fc", "#ecfccb", "#65a30d", "#365314"],
    width: 1200,
    height: 900,
    tags: ["spring"],
  },
  {
    file: "pink-dunes.jpg",
    caption: "Pink sand",
    scene: "dunes",
    colours: ["#c4b5fd", "#fce7f3", "#f472b6", "#9d174d"],
    width: 800,
    height: 1000,
    tags: ["desert"],
  },
  {
    file: "bokeh.jpg",
    caption: "City lights, out of focus",
    scene: "orbs",
    colours: ["#1e1b4b", "#22d3ee", "#818cf8", "#f472b6"],
    width: 1200,
    height: 800,
    tags: ["night", "city"],
  },
  {
    file: "violet-peaks.jpg",
    caption: "Violet peaks",
    scene: "hills",
    colours: ["#312e81", "#f9a8d4", "#6d28d9", "#2e1065"],
    width: 1280,
    height: 720,
    tags: ["mountains", "evening"],
  },
  {
    file: "still-water.jpg",
    caption: "Still water",
    scene: "sea",
    colours: ["#e2e8f0", "#f1f5f9", "#64748b", "#334155"],
    width: 1000,
    height: 1000,
    tags: ["lake"],
  },
  {
    file: "autumn-hills.jpg",
    caption: "Autumn hills",
    scene: "hills",
    colours: ["#fde68a", "#fed7aa", "#c2410c", "#7f1d1d"],
    width: 900,
    height: 1200,
    tags: ["autumn", "travel"],
  },
];

/** A small deterministic random source, so every run draws the same pictures. */
function random(seed: number) {
  let state = seed * 2654435761 + 1;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/** A ridge line across the picture at `base` (0-1 of the height), as an SVG path. */
function ridge(
  width: number,
  height: number,
  base: number,
  amplitude: number,
  next: () => number,
  smooth: boolean,
) {
  const points = 7;
  const ys = Array.from({ length: points + 1 }, () => height * (base + (next() - 0.5) * amplitude));
  let path = `M0 ${ys[0]!.toFixed(0)}`;
  for (let index = 1; index <= points; index++) {
    const x = (width * index) / points;
    const y = ys[index]!;
    if (smooth) {
      const midX = x - width / points / 2;
      path += ` Q${midX.toFixed(0)} ${(y - height * amplitude * 0.4).toFixed(0)} ${x.toFixed(0)} ${y.toFixed(0)}`;
    } else {
      path += ` L${x.toFixed(0)} ${y.toFixed(0)}`;
    }
  }
  return `${path} L${width} ${height} L0 ${height} Z`;
}

function svg(photo: PhotoSpec, seed: number): string {
  const { width: w, height: h, colours } = photo;
  const [top, horizon, far, near] = colours;
  const next = random(seed + 1);
  const sunX = w * (0.25 + next() * 0.5);
  const sunY = h * (photo.scene === "sea" ? 0.42 : 0.35);
  const sunR = Math.min(w, h) * 0.08;
  const defs = `
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${horizon}"/>
    </linearGradient>
    <linearGradient id="land" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${far}"/><stop offset="1" stop-color="${near}"/>
    </linearGradient>
    <radialGradient id="glow"><stop offset="0" stop-color="#fff7ed" stop-opacity="0.95"/>
      <stop offset="0.25" stop-color="#fde68a" stop-opacity="0.6"/>
      <stop offset="1" stop-color="#fde68a" stop-opacity="0"/></radialGradient>
    <filter id="soft"><feGaussianBlur stdDeviation="${(Math.min(w, h) / 60).toFixed(1)}"/></filter>`;
  const sky = `<rect width="${w}" height="${h}" fill="url(#sky)"/>`;
  const sun = `<circle cx="${sunX}" cy="${sunY}" r="${sunR * 4}" fill="url(#glow)"/>
    <circle cx="${sunX}" cy="${sunY}" r="${sunR}" fill="#fffbeb" opacity="0.9"/>`;
  let body = "";
  if (photo.scene === "hills") {
    body = [0.55, 0.65, 0.78]
      .map(
        (base, layer) =>
          `<path d="${ridge(w, h, base, 0.18 - layer * 0.04, next, layer > 0)}" fill="${layer === 2 ? near : far}" opacity="${0.55 + layer * 0.2}"/>`,
      )
      .join("");
    body = `${sun}${body}`;
  } else if (photo.scene === "sea") {
    const line = h * 0.55;
    const glints = Array.from({ length: 14 }, (_, index) => {
      const y = line + (h - line) * (index / 14) + 6;
      const half = (w * 0.04 + next() * w * 0.1) * (1 + index / 10);
      return `<rect x="${sunX - half}" y="${y}" width="${half * 2}" height="${2 + index / 3}" rx="2" fill="#fff7ed" opacity="${0.5 - index / 40}"/>`;
    }).join("");
    body = `${sun}<rect y="${line}" width="${w}" height="${h - line}" fill="url(#land)"/>${glints}`;
  } else if (photo.scene === "dunes") {
    body = [0.6, 0.72, 0.86]
      .map(
        (base, layer) =>
          `<path d="${ridge(w, h, base, 0.12, next, true)}" fill="${layer % 2 ? near : far}" opacity="${0.7 + layer * 0.15}"/>`,
      )
      .join("");
    body = `${sun}${body}`;
  } else {
    const orbs = Array.from({ length: 26 }, (_, index) => {
      const colour = colours[1 + (index % 3)]!;
      const r = Math.min(w, h) * (0.03 + next() * 0.09);
      return `<circle cx="${next() * w}" cy="${next() * h}" r="${r}" fill="${colour}" opacity="${0.25 + next() * 0.5}"/>`;
    }).join("");
    body = `<rect width="${w}" height="${h}" fill="${top}"/><g filter="url(#soft)">${orbs}</g>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><defs>${defs}</defs>${sky}${body}</svg>`;
}

/** The picture as a JPEG, like a camera's; `seed` varies the shapes. */
export function photoJpeg(photo: PhotoSpec, seed: number): Promise<Buffer> {
  return sharp(Buffer.from(svg(photo, seed)))
    .jpeg({ quality: 84, mozjpeg: true })
    .toBuffer();
}
