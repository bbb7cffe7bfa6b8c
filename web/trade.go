package web

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"net/http"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/labstack/echo/v4"

	"modelmarket/contracts"
	"modelmarket/internal/apperr"
	"modelmarket/internal/card"
	"modelmarket/internal/trade"
)

// The trade endpoints: each builds one transaction for the signed-in
// person's wallet after checking the chain's current state (internal/trade)
// and answers {tx: {to, data, value, chainId}, …}. The session's address is
// always the actor; CSRF is checked by the middleware. Failures come back as
// JSON errors in words ("price changed from 1 ETH to 2 ETH").

// maxTradeBody bounds a trade request: the mint's card text is the largest part.
const maxTradeBody = 2 * card.MaxSourceLen

// tradeRequest is the JSON body of every trade endpoint; each reads its fields.
type tradeRequest struct {
	TokenID string `json:"token_id"`
	Price   string `json:"price"` // ETH as typed: "1", "0.25"
	// PriceWei is the price the buyer saw, exactly (buy).
	PriceWei string `json:"price_wei"`
	To       string `json:"to"`   // transfer
	Hash     string `json:"hash"` // explain

	// mint
	UploadID        string  `json:"upload_id"`
	Source          *string `json:"source"` // the card text; nil = the saved draft
	MetadataCID     string  `json:"metadata_cid"`
	SHA256          string  `json:"sha256"` // with metadata_cid: the content's hex sha256
	RoyaltyReceiver string  `json:"royalty_receiver"`
	RoyaltyPercent  string  `json:"royalty_percent"`
}

// txAnswer is what every builder endpoint answers.
type txAnswer struct {
	Tx      *trade.Tx `json:"tx,omitempty"`
	Message string    `json:"message,omitempty"`
}

// actor reads the session's address and the request body.
func (s *server) actor(c echo.Context) (common.Address, tradeRequest, error) {
	var req tradeRequest
	sess := session(c)
	if sess == nil {
		return common.Address{}, req, apperr.E(apperr.Unauthorized, "Connect your wallet and sign in first.")
	}
	body := http.MaxBytesReader(c.Response(), c.Request().Body, maxTradeBody)
	if err := json.NewDecoder(body).Decode(&req); err != nil && !errors.Is(err, io.EOF) {
		return common.Address{}, req, apperr.E(apperr.Invalid, "The request body must be a JSON object.")
	}
	// Moderation (admin.go): no transaction for a banned address, no listing or sale of a hidden token.
	if err := s.refuseBanned(c, sess.Address.Hex()); err != nil {
		return common.Address{}, req, err
	}
	if err := s.refuseHiddenTrade(c, req.TokenID); err != nil {
		return common.Address{}, req, err
	}
	return sess.Address, req, nil
}

func parseTokenID(s string) (*big.Int, error) {
	id, ok := new(big.Int).SetString(strings.TrimPrefix(strings.TrimSpace(s), "#"), 10)
	if !ok || id.Sign() < 0 {
		return nil, apperr.E(apperr.Invalid, "A token id is a whole number, like 7.")
	}
	return id, nil
}

func parseAddress(s, what string) (common.Address, error) {
	s = strings.TrimSpace(s)
	if !common.IsHexAddress(s) {
		return common.Address{}, apperr.E(apperr.Invalid, fmt.Sprintf("The %s must be an Ethereum address (0x and 40 hex digits).", what))
	}
	return common.HexToAddress(s), nil
}

// parsePercent reads a royalty percentage ("5", "2.5") as basis points.
func parsePercent(s string) (uint16, error) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	if s == "" {
		return 0, nil
	}
	f, err := strconv.ParseFloat(s, 64)
	bps := math.Round(f * 100)
	if err != nil || f < 0 || bps > math.MaxUint16 || math.Abs(f*100-bps) > 1e-6 {
		return 0, apperr.E(apperr.Invalid, "The royalty is a percentage like 5 or 2.5 (at most two decimals).")
	}
	return uint16(bps), nil
}

// txApprove answers {tx} for the approval step, or {approved: true} with a
// message when the marketplace is approved already.
func (s *server) txApprove(c echo.Context) error {
	me, _, err := s.actor(c)
	if err != nil {
		return err
	}
	tx, already, err := s.market.Trade.Approve(c.Request().Context(), me)
	if err != nil {
		return err
	}
	if already {
		return c.JSON(http.StatusOK, map[string]any{"approved": true, "message": "The marketplace is already approved to sell your tokens: no approval needed."})
	}
	return c.JSON(http.StatusOK, txAnswer{Tx: &tx})
}

// txList builds a listing at {token_id, price}. When the marketplace is not
// approved yet it answers 409 with needs_approval: true, so the page runs the
// approval step first.
func (s *server) txList(c echo.Context) error {
	me, req, err := s.actor(c)
	if err != nil {
		return err
	}
	id, err := parseTokenID(req.TokenID)
	if err != nil {
		return err
	}
	price, err := trade.ParseETH(req.Price)
	if err != nil {
		return err
	}
	tx, err := s.market.Trade.List(c.Request().Context(), me, id, price)
	if errors.Is(err, trade.ErrNeedsApproval) {
		return c.JSON(http.StatusConflict, map[string]any{
			"needs_approval": true,
			"error":          errorDetail{Code: "needs_approval", Message: apperr.Message(err), RequestID: responseRequestID(c)},
		})
	}
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, txAnswer{Tx: &tx})
}

// txPrice changes the price of a live listing: {token_id, price}.
func (s *server) txPrice(c echo.Context) error {
	me, req, err := s.actor(c)
	if err != nil {
		return err
	}
	id, err := parseTokenID(req.TokenID)
	if err != nil {
		return err
	}
	price, err := trade.ParseETH(req.Price)
	if err != nil {
		return err
	}
	tx, err := s.market.Trade.UpdatePrice(c.Request().Context(), me, id, price)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, txAnswer{Tx: &tx})
}

// txCancel cancels a listing: {token_id}.
func (s *server) txCancel(c echo.Context) error {
	me, req, err := s.actor(c)
	if err != nil {
		return err
	}
	id, err := parseTokenID(req.TokenID)
	if err != nil {
		return err
	}
	tx, err := s.market.Trade.Cancel(c.Request().Context(), me, id)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, txAnswer{Tx: &tx})
}

// txTransfer gives the token away: {token_id, to}.
func (s *server) txTransfer(c echo.Context) error {
	me, req, err := s.actor(c)
	if err != nil {
		return err
	}
	id, err := parseTokenID(req.TokenID)
	if err != nil {
		return err
	}
	to, err := parseAddress(req.To, "recipient")
	if err != nil {
		return err
	}
	tx, err := s.market.Trade.Transfer(c.Request().Context(), me, to, id)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, txAnswer{Tx: &tx})
}

// shareJSON is one part of a sale's split.
type shareJSON struct {
	Wei string `json:"wei"`
	ETH string `json:"eth"`
}

func share(wei *big.Int) shareJSON {
	return shareJSON{Wei: wei.String(), ETH: contracts.FormatETH(wei)}
}

// txBuy buys at the price the buyer saw: {token_id, price_wei}. The answer
// carries the split the sale pays, for the page to show before the wallet asks.
func (s *server) txBuy(c echo.Context) error {
	me, req, err := s.actor(c)
	if err != nil {
		return err
	}
	id, err := parseTokenID(req.TokenID)
	if err != nil {
		return err
	}
	price, ok := new(big.Int).SetString(strings.TrimSpace(req.PriceWei), 10)
	if !ok {
		return apperr.E(apperr.Invalid, "price_wei must be the price in wei, as a decimal number.")
	}
	p, err := s.market.Trade.Buy(c.Request().Context(), me, id, price)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{
		"tx":               p.Tx,
		"seller":           p.Seller.Hex(),
		"royalty_receiver": p.RoyaltyReceiver.Hex(),
		"royalty_bps":      p.RoyaltyBps,
		"fee_bps":          p.FeeBps,
		"price":            share(p.Price),
		"split":            map[string]shareJSON{"seller": share(p.Split.Seller), "royalty": share(p.Split.Royalty), "fee": share(p.Split.Fee)},
	})
}

// txExplain says in words what became of a sent transaction: {hash}.
func (s *server) txExplain(c echo.Context) error {
	_, req, err := s.actor(c)
	if err != nil {
		return err
	}
	h := strings.TrimSpace(req.Hash)
	if len(h) != 66 || !strings.HasPrefix(h, "0x") {
		return apperr.E(apperr.Invalid, "A transaction hash is 0x and 64 hex digits.")
	}
	if _, err := hex.DecodeString(h[2:]); err != nil {
		return apperr.E(apperr.Invalid, "A transaction hash is 0x and 64 hex digits.")
	}
	out, err := s.market.Trade.Explain(c.Request().Context(), common.HexToHash(h))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}

// mintAnswer is what /api/tx/mint answers.
type mintAnswer struct {
	Tx          trade.Tx `json:"tx"`
	MetadataCID string   `json:"metadata_cid"`
	ContentCID  string   `json:"content_cid,omitempty"`
	RoyaltyBps  uint16   `json:"royalty_bps"`
	Name        string   `json:"name,omitempty"`
}

// txMint pins what the token points at, then builds the mint: from an
// upload {upload_id, source?} (the metadata JSON is built from the card, as
// the editor previews it, and pinned; the content is pinned; the digest is
// the upload's plaintext sha256), or from {metadata_cid, sha256} already on
// this node. royalty_receiver defaults to the signed-in person.
func (s *server) txMint(c echo.Context) error {
	me, req, err := s.actor(c)
	if err != nil {
		return err
	}
	if s.market.Pins == nil {
		return apperr.E(apperr.Unavailable, "Minting is not available on this node.")
	}
	ctx := c.Request().Context()
	receiver := me
	if strings.TrimSpace(req.RoyaltyReceiver) != "" {
		if receiver, err = parseAddress(req.RoyaltyReceiver, "royalty receiver"); err != nil {
			return err
		}
	}
	bps, err := parsePercent(req.RoyaltyPercent)
	if err != nil {
		return err
	}
	var ans mintAnswer
	var digest [32]byte
	switch {
	case req.UploadID != "":
		if s.uploads == nil {
			return apperr.E(apperr.Unavailable, "Uploads are not available on this node.")
		}
		subj, err := s.cardSubjectFor(ctx, me.Hex(), req.UploadID)
		if err != nil {
			return err
		}
		meta, name, err := s.mintMetadata(c, me.Hex(), subj, req.Source)
		if err != nil {
			return err
		}
		// Pin the content first, then the metadata that names it.
		if err := s.market.Pins.Pin(ctx, subj.ContentCID); err != nil {
			return fmt.Errorf("mint: pin content %s: %w", subj.ContentCID, err)
		}
		cid, err := s.market.Pins.Add(ctx, bytes.NewReader(meta))
		if err != nil {
			return fmt.Errorf("mint: pin metadata: %w", err)
		}
		ans.MetadataCID, ans.ContentCID, ans.Name, digest = cid, subj.ContentCID, name, subj.Digest
	case req.MetadataCID != "":
		d, err := hex.DecodeString(strings.TrimPrefix(strings.TrimSpace(req.SHA256), "0x"))
		if err != nil || len(d) != 32 {
			return apperr.E(apperr.Invalid, "sha256 must be the content's digest: 64 hex digits.")
		}
		copy(digest[:], d)
		if err := s.market.Pins.Pin(ctx, req.MetadataCID); err != nil {
			return apperr.Wrap(apperr.Invalid, "This node does not hold that metadata CID: upload and describe the file first.", err)
		}
		ans.MetadataCID = req.MetadataCID
	default:
		return apperr.E(apperr.Invalid, "Say what to mint: an upload_id, or a metadata_cid with its sha256.")
	}
	tx, err := s.market.Trade.Mint(ctx, me, ans.MetadataCID, digest, receiver, bps)
	if err != nil {
		return err
	}
	ans.Tx, ans.RoyaltyBps = tx, bps
	return c.JSON(http.StatusOK, ans)
}

// mintMetadata builds the ERC-721 metadata JSON of an upload or folder from
// the card text in the request, else the saved draft, else the template: the
// same JSON the card editor previews, plus the encryption envelope of gated
// weights (with master.key it decrypts the file without any database row).
func (s *server) mintMetadata(c echo.Context, owner string, subj cardSubject, source *string) ([]byte, string, error) {
	a := subj.Asset
	src := card.Template(a)
	switch {
	case source != nil:
		src = *source
	case s.cards != nil:
		d, err := s.cards.Draft(c.Request().Context(), subj.ID, owner)
		switch {
		case err == nil:
			src = d.Source
		case !errors.Is(err, card.ErrNoDraft):
			return nil, "", err
		}
	}
	d, err := card.Parse(src)
	var ce *card.Error
	switch {
	case errors.As(err, &ce):
		return nil, "", apperr.E(apperr.Invalid, "Fix the card first: "+ce.Error())
	case err != nil:
		return nil, "", apperr.E(apperr.Invalid, err.Error())
	}
	var m card.Metadata
	if card.IsArt(a.Kind, a.MediaType) {
		m = card.ArtMetadata(a, d, "")
	} else {
		m = card.ModelMetadata(a, d, "")
	}
	out, err := json.Marshal(m)
	if err != nil {
		return nil, "", fmt.Errorf("mint metadata: %w", err)
	}
	if len(subj.Envelope) > 0 {
		var doc map[string]json.RawMessage
		if err := json.Unmarshal(out, &doc); err != nil {
			return nil, "", fmt.Errorf("mint metadata: %w", err)
		}
		props := map[string]json.RawMessage{}
		if raw, ok := doc["properties"]; ok {
			if err := json.Unmarshal(raw, &props); err != nil {
				return nil, "", fmt.Errorf("mint metadata: %w", err)
			}
		}
		props["encryption"] = json.RawMessage(subj.Envelope)
		if doc["properties"], err = json.Marshal(props); err != nil {
			return nil, "", fmt.Errorf("mint metadata: %w", err)
		}
		if out, err = json.Marshal(doc); err != nil {
			return nil, "", fmt.Errorf("mint metadata: %w", err)
		}
	}
	return out, m.Name, nil
}
