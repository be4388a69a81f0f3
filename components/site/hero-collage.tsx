import Image, { type StaticImageData } from "next/image";
import dawnLake from "@/public/landing/dawn-lake.webp";
import dunes from "@/public/landing/dunes.webp";
import forestHills from "@/public/landing/forest-hills.webp";
import nightCoast from "@/public/landing/night-coast.webp";

/*
 * Sample photos drawn by scripts/make-hero-images.ts and shipped in public/landing/: served
 * from the app's own origin, never fetched from elsewhere. Static imports give each one its
 * width and height, so nothing moves while they load. They are a few KB each already, so
 * they are served as they are rather than re-encoded.
 */
const COLUMNS: { src: StaticImageData; alt: string }[][] = [
  [
    { src: dawnLake, alt: "A lake at dawn below soft blue hills" },
    { src: nightCoast, alt: "A moonlit coast under a violet sky" },
  ],
  [
    { src: dunes, alt: "Sand dunes in warm evening light" },
    { src: forestHills, alt: "Rolling green hills under a pale sun" },
  ],
];

export function HeroCollage() {
  return (
    <div className="grid grid-cols-2 gap-3 sm:gap-4" data-testid="hero-collage">
      {COLUMNS.map((column, index) => (
        <div key={index} className={`flex flex-col gap-3 sm:gap-4 ${index === 1 ? "mt-8" : ""}`}>
          {column.map((photo, row) => (
            <Image
              key={photo.alt}
              src={photo.src}
              alt={photo.alt}
              unoptimized
              loading="eager"
              fetchPriority={index === 0 && row === 0 ? "high" : "auto"}
              sizes="(min-width: 1024px) 280px, 50vw"
              className="border-line h-auto w-full rounded-2xl border object-cover shadow-sm"
            />
          ))}
        </div>
      ))}
    </div>
  );
}
