import zlib from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { PhotoError, processPhoto } from "@/lib/photos/process-photo";

const UNREADABLE = { code: "pictureUnreadable" };

/** A 1600×900 camera-like JPEG: top half red, bottom half blue, stored sideways (EXIF orientation 6) with camera and GPS data. */
async function sidewaysCameraJpeg(): Promise<Buffer> {
  const [width, height] = [1600, 900];
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) raw[i * 3 + (i < (width * height) / 2 ? 0 : 2)] = 255;
  const jpeg = await sharp(raw, { raw: { width, height, channels: 3 } })
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: "TestCam" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "39/1 54/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "116/1 23/1 0/1" },
    })
    .jpeg()
    .toBuffer();
  const meta = await sharp(jpeg).metadata();
  expect(meta).toMatchObject({ orientation: 6, width: 1600, height: 900 });
  expect(meta.exif).toBeDefined();
  return jpeg;
}

const noise = (width: number, height: number, channels: 3 | 4) =>
  sharp(Buffer.from(Array.from({ length: width * height * channels }, (_, i) => (i * 7919) % 251)), {
    raw: { width, height, channels },
  });

async function expectSquareWebp(out: Buffer, size: number) {
  const meta = await sharp(out).metadata();
  expect(meta).toMatchObject({ format: "webp", width: size, height: size });
  expect(meta.exif).toBeUndefined();
  expect(meta.xmp).toBeUndefined();
  expect(meta.icc).toBeUndefined();
  return meta;
}

async function refusal(bytes: Uint8Array): Promise<PhotoError["problem"]> {
  const error = await processPhoto(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PhotoError);
  return (error as PhotoError).problem;
}

describe("processing an uploaded photo", () => {
  it("turns a sideways camera JPEG into an upright 400×400 avatar and 96×96 thumbnail, WebP, with no EXIF or GPS", async () => {
    const input = await sidewaysCameraJpeg();
    const { avatar, thumbnail, hash } = await processPhoto(input);
    await expectSquareWebp(avatar, 400);
    await expectSquareWebp(thumbnail, 96);
    expect(avatar.toString("latin1")).not.toContain("TestCam");
    // Orientation 6 turns the red top to the right: upright, the avatar is blue left and red right.
    const { data, info } = await sharp(avatar).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3),
    ];
    expect(pixel(50, 200)[2]).toBeGreaterThan(200);
    expect(pixel(50, 200)[0]).toBeLessThan(60);
    expect(pixel(350, 200)[0]).toBeGreaterThan(200);
    expect(pixel(350, 200)[2]).toBeLessThan(60);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await processPhoto(input)).hash).toBe(hash);
  });

  it("keeps the transparency of a PNG", async () => {
    const png = await noise(300, 500, 4).png().toBuffer();
    const { avatar, thumbnail } = await processPhoto(png);
    expect((await expectSquareWebp(avatar, 400)).hasAlpha).toBe(true);
    expect((await expectSquareWebp(thumbnail, 96)).hasAlpha).toBe(true);
  });

  it("re-encodes a WebP, even a small one, to the same two sizes", async () => {
    const webp = await noise(120, 80, 3).webp().toBuffer();
    const { avatar, thumbnail } = await processPhoto(webp);
    await expectSquareWebp(avatar, 400);
    await expectSquareWebp(thumbnail, 96);
  });

  it("refuses a truncated PNG with a clear message, not the decoder's", async () => {
    const png = await noise(300, 200, 3).png().toBuffer();
    expect(await refusal(png.subarray(0, Math.floor(png.length / 2)))).toEqual(UNREADABLE);
  });

  it("refuses a file that starts like a PNG but is not one", async () => {
    const forged = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from("<?php system($_GET['c']); ?>".repeat(20)),
    ]);
    expect(await refusal(forged)).toEqual(UNREADABLE);
  });

  it("refuses a JPEG's first bytes in front of a PNG (the format must be what it claims)", async () => {
    const png = await noise(50, 50, 3).png().toBuffer();
    expect(await refusal(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), png]))).toEqual(UNREADABLE);
  });

  it("refuses a small file whose header claims 30000×30000 pixels (a decompression bomb)", async () => {
    const chunk = (type: string, data: Buffer) => {
      const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
      const frame = Buffer.alloc(8 + data.length + 4);
      frame.writeUInt32BE(data.length, 0);
      body.copy(frame, 4);
      frame.writeUInt32BE(zlib.crc32(body), 8 + data.length);
      return frame;
    };
    const header = Buffer.alloc(13);
    header.writeUInt32BE(30_000, 0);
    header.writeUInt32BE(30_000, 4);
    header[8] = 8; // bit depth
    header[9] = 2; // RGB
    const bomb = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", header),
      chunk("IDAT", zlib.deflateSync(Buffer.alloc(10_000))),
      chunk("IEND", Buffer.alloc(0)),
    ]);
    expect(bomb.length).toBeLessThan(1000);
    expect(await refusal(bomb)).toEqual({
      code: "pictureTooLarge",
      values: { width: 30_000, height: 30_000, max: 40 },
    });
  });

  it("refuses a real picture of more than 40 megapixels", async () => {
    const big = await sharp({ create: { width: 8000, height: 5001, channels: 3, background: "#fff" } })
      .png()
      .toBuffer();
    expect(await refusal(big)).toEqual({ code: "pictureTooLarge", values: { width: 8000, height: 5001, max: 40 } });
  });

  it("refuses what is not a picture before decoding it", async () => {
    expect(await refusal(Buffer.from("just text, named photo.jpg"))).toEqual({ code: "notAPicture" });
    expect(await refusal(new Uint8Array())).toEqual({ code: "chooseFile" });
  });
});
