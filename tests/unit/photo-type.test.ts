import { describe, expect, it } from "vitest";
import { checkPhotoUpload, MAX_PHOTO_BYTES, sniffPhotoType } from "@/lib/photos/photo-type";

const bytes = (...parts: Array<number[] | string>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));

const jpeg = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF\0");
const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR");
const webp = bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 ");

describe("the type of an uploaded photo", () => {
  it.each([
    ["jpeg", jpeg],
    ["png", png],
    ["webp", webp],
  ] as const)("is %s by its first bytes", (type, file) => {
    expect(sniffPhotoType(file)).toBe(type);
    expect(checkPhotoUpload(file)).toEqual({ ok: true, type });
  });

  it.each([
    ["a text file named photo.jpg", bytes("This is not a photo, only named like one.\n")],
    ["an HTML page", bytes("<!doctype html><html><script>alert(1)</script></html>")],
    ["a GIF", bytes("GIF89a", [1, 0, 1, 0, 0x80, 0, 0])],
    ["a RIFF file that is not WebP (WAV)", bytes("RIFF", [0x24, 0, 0, 0], "WAVEfmt ")],
    ["a PNG signature cut short", bytes([0x89, 0x50, 0x4e, 0x47])],
    ["an SVG", bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')],
  ])("refuses %s, saying which formats are accepted", (_, file) => {
    expect(sniffPhotoType(file)).toBeNull();
    const check = checkPhotoUpload(file);
    expect(check).toMatchObject({ ok: false });
    if (check.ok) throw new Error("expected a refusal");
    expect(check.problem).toEqual({ code: "notAPicture" });
  });

  it("refuses an empty file", () => {
    expect(checkPhotoUpload(new Uint8Array())).toEqual({ ok: false, problem: { code: "chooseFile" } });
  });

  it("accepts exactly 5 MB and refuses one byte more, naming the size", () => {
    const limit = new Uint8Array(MAX_PHOTO_BYTES);
    limit.set(jpeg);
    expect(checkPhotoUpload(limit)).toEqual({ ok: true, type: "jpeg" });
    const over = new Uint8Array(MAX_PHOTO_BYTES + 1);
    over.set(jpeg);
    expect(checkPhotoUpload(over)).toEqual({
      ok: false,
      problem: { code: "fileTooLarge", values: { size: "5.1", max: 5 } },
    });
    expect(checkPhotoUpload(new Uint8Array(12 * 1024 * 1024))).toEqual({
      ok: false,
      problem: { code: "fileTooLarge", values: { size: "12.0", max: 5 } },
    });
  });
});
