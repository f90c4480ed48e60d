import type { MetadataRoute } from "next";

/** The web app manifest (/manifest.webmanifest): Podium can be added to a phone's home screen. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Podium · 会议议程",
    short_name: "Podium",
    description: "会议与论坛议程 · Conference and forum programmes",
    start_url: "/",
    scope: "/",
    display: "standalone",
    // The brand colour of the header and of the viewport's theme (app/[locale]/layout.tsx).
    theme_color: "#3730a3",
    background_color: "#ffffff",
    icons: [
      { src: "/podium-icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/podium-icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/favicon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
