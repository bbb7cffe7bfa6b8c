package inspect

import (
	"encoding/binary"
	"image"
	_ "image/gif"  // registers GIF for image.DecodeConfig
	_ "image/jpeg" // registers JPEG
	_ "image/png"  // registers PNG
	"io"
)

// ImageInfo describes a raster image (or flags an SVG, whose size we do not
// compute: it is active content and is served as an attachment).
type ImageInfo struct {
	Format string `json:"format"` // "png", "jpeg", "gif", "webp", "svg"
	Width  int    `json:"width,omitempty"`
	Height int    `json:"height,omitempty"`
}

// inspectImage reads only the image header: image.DecodeConfig stops after
// the dimensions, and WebP's are in its first chunk.
func inspectImage(r io.ReaderAt, size int64, head []byte, rep *Report) error {
	rep.Kind = KindImage
	if string(head[:min(len(head), 4)]) == "RIFF" {
		rep.MediaType = "image/webp"
		w, h, err := webpSize(head)
		rep.Image = &ImageInfo{Format: "webp", Width: w, Height: h}
		return err
	}
	cfg, format, err := image.DecodeConfig(io.NewSectionReader(r, 0, size))
	rep.MediaType = "image/" + format
	rep.Image = &ImageInfo{Format: format, Width: cfg.Width, Height: cfg.Height}
	if err != nil {
		switch {
		case head[0] == 0x89:
			rep.MediaType, rep.Image.Format = "image/png", "png"
		case head[0] == 0xff:
			rep.MediaType, rep.Image.Format = "image/jpeg", "jpeg"
		default:
			rep.MediaType, rep.Image.Format = "image/gif", "gif"
		}
		return malformed("image header: %v", err)
	}
	return nil
}

// webpSize reads the canvas size from the first chunk of a WebP file (RIFF
// container): VP8 (lossy), VP8L (lossless) or VP8X (extended).
func webpSize(head []byte) (w, h int, err error) {
	if len(head) < 30 {
		return 0, 0, malformed("webp: %d byte header", len(head))
	}
	data := head[20:]
	switch string(head[12:16]) {
	case "VP8 ":
		if data[3] != 0x9d || data[4] != 0x01 || data[5] != 0x2a {
			return 0, 0, malformed("webp: bad VP8 start code")
		}
		w = int(binary.LittleEndian.Uint16(data[6:]) & 0x3fff)
		h = int(binary.LittleEndian.Uint16(data[8:]) & 0x3fff)
	case "VP8L":
		if data[0] != 0x2f {
			return 0, 0, malformed("webp: bad VP8L signature")
		}
		bits := binary.LittleEndian.Uint32(data[1:])
		w = int(bits&0x3fff) + 1
		h = int(bits>>14&0x3fff) + 1
	case "VP8X":
		w = int(uint32(data[4])|uint32(data[5])<<8|uint32(data[6])<<16) + 1
		h = int(uint32(data[7])|uint32(data[8])<<8|uint32(data[9])<<16) + 1
	default:
		return 0, 0, malformed("webp: unknown first chunk %q", head[12:16])
	}
	return w, h, nil
}
