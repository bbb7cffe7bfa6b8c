package main

import (
	"context"
	"fmt"
	"io"

	"github.com/ipfs/go-cid"

	"modelmarket/internal/apperr"
	"modelmarket/internal/ipfs"
)

// nodeContent is web.ContentReader on an IPFS implementation: the token
// page reads model metadata and weights headers through it.
type nodeContent struct{ n ipfs.Content }

func (c nodeContent) Cat(ctx context.Context, s string) (io.ReadSeekCloser, error) {
	id, err := cid.Decode(s)
	if err != nil {
		return nil, apperr.Wrap(apperr.Invalid, "That is not a CID.", fmt.Errorf("cat %q: %w", s, err))
	}
	return c.n.Cat(ctx, id)
}
