package web

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"modelmarket/contracts"
	"modelmarket/internal/apperr"
	"modelmarket/internal/listing"
	"modelmarket/internal/trade"
	"modelmarket/web/views"
)

// tokenActivityLimit is how much history the token page shows.
const tokenActivityLimit = 50

// tokenFeeMaxAge bounds how old the platform fee a token page shows may
// be: Buy reads it fresh and shows the split before the wallet asks, and
// the sale's fee bound protects the seller, so a page may show one read a
// moment ago.
const tokenFeeMaxAge = time.Second

// tokenPage renders /token/:id from the index. A token the index has not
// seen yet (just minted) gets a page that says so and refreshes. Anonymous
// pages come from the page cache (cache.go), unless the token's metadata is
// still loading or a chain read (fee, license offers) failed.
func (s *server) tokenPage(c echo.Context) error {
	id, err := strconv.ParseUint(c.Param("id"), 10, 64)
	if err != nil {
		return apperr.E(apperr.NotFound, "Token ids are whole numbers, like /token/7.")
	}
	if hidden, err := s.hiddenTokenPage(c, id); hidden || err != nil { // moderation (admin.go)
		return err
	}
	return s.cachedPage(c, "token/"+strconv.FormatUint(id, 10), func() (templ.Component, bool, error) {
		ctx := c.Request().Context()
		p := views.TokenPage{Page: s.page(c, fmt.Sprintf("Token #%d", id)), ID: strconv.FormatUint(id, 10)}
		t, err := s.market.Listings.Token(ctx, id)
		switch {
		case apperr.KindOf(err) == apperr.NotFound:
			return views.TokenPageView(p), true, nil
		case err != nil:
			return nil, false, err
		}
		acts, err := s.market.Listings.TokenActivity(ctx, id, tokenActivityLimit)
		if err != nil {
			return nil, false, err
		}
		p.Indexed = true
		if err := s.fillToken(c, &p, t); err != nil {
			return nil, false, err
		}
		p.Activity, p.IndexedTxs = views.NewActivityRows(acts), views.TxHashes(acts)
		chainOK := p.SplitErr == "" && (p.Offers == nil || p.Offers.Err == "") && (p.Versions == nil || p.Versions.Note == "")
		return views.TokenPageView(p), t.MetadataState != listing.MetadataPending && chainOK, nil
	})
}

func (s *server) fillToken(c echo.Context, p *views.TokenPage, t listing.Token) error {
	p.Title = t.Title
	if p.Title == "" {
		p.Title = "Token #" + p.ID
	}
	p.Page.Title = p.Title
	p.KindLabel = "Model"
	if t.Kind == listing.Art {
		p.KindLabel = "Artwork"
	}
	p.ImageURL = views.GatewayURL(s.gateway, t.Image)
	p.AnimationURL = views.GatewayURL(s.gateway, t.AnimationURL)
	p.Structure = s.structure.Structure(c.Request().Context(), t)
	if t.Format != "" {
		p.Facts = append(p.Facts, views.Fact{Label: "Format", Value: t.Format})
	}
	if t.ParameterCount > 0 {
		p.Facts = append(p.Facts, views.Fact{Label: "Parameters", Value: views.Count(uint64(t.ParameterCount))})
	}
	if t.License != "" {
		p.Facts = append(p.Facts, views.Fact{Label: "License", Value: t.License})
	}
	p.Facts = append(p.Facts, views.Fact{Label: "Versions", Value: strconv.Itoa(t.Versions)},
		views.Fact{Label: "Sales", Value: strconv.Itoa(t.Sales)})
	p.Tags = t.Tags
	switch t.MetadataState {
	case listing.MetadataPending:
		p.MetadataNote = "The metadata JSON has not been read from IPFS yet; it appears here once it is."
	case listing.MetadataUnavailable:
		p.MetadataNote = "The metadata JSON could not be read as ERC-721 metadata."
	}
	html, err := s.renderMarkdown(t.Description)
	if err != nil {
		return fmt.Errorf("token %d description: %w", t.ID, err)
	}
	p.DescriptionHTML = templ.Raw(html) // sanitized by card.Render

	p.Owner, p.Creator = views.NewWho(t.Owner), views.NewWho(t.Creator)
	if t.RoyaltyBps > 0 {
		p.RoyaltyReceiver = views.NewWho(t.RoyaltyReceiver)
	}
	p.RoyaltyPercent = trade.Percent(t.RoyaltyBps)
	p.MetadataCID, p.ContentCID, p.SHA256, p.Digest, p.MintTx = t.MetadataCID, t.ContentCID, t.SHA256, t.Digest, t.MintTx
	p.MetadataURL = views.GatewayURL(s.gateway, "ipfs://"+t.MetadataCID)
	p.Minted = fmt.Sprintf("%s · block %s", t.MintedAt.UTC().Format("2006-01-02 15:04 UTC"), views.Count(t.MintedBlock))

	if sess := session(c); sess != nil {
		p.SignedIn = true
		p.IsOwner = strings.EqualFold(sess.Address.Hex(), t.Owner)
	}
	if l := t.Listing; l != nil {
		p.Listed, p.PriceETH, p.PriceWei, p.Seller = true, contracts.FormatETH(l.Price), l.Price.String(), views.NewWho(l.Seller)
		p.IsSeller = p.IsOwner
		// The fee is read from the chain now: it is what the sale will pay.
		var fee uint16
		err := apperr.E(apperr.Unavailable, "no chain")
		if s.market.Trade != nil {
			fee, err = s.market.Trade.RecentFeeBps(c.Request().Context(), tokenFeeMaxAge)
		}
		if err != nil {
			p.SplitErr = "The platform fee could not be read from the chain right now; Buy shows the split before your wallet asks."
		} else if p.Split, err = views.NewSplit(l.Price, t.RoyaltyBps, fee); err != nil {
			return fmt.Errorf("token %d split: %w", t.ID, err)
		}
	}
	if s.market.Trade != nil { // the sections that ask the chain
		p.Offers = s.licenseOffers(c, t, p.IsOwner, p.SignedIn) // license.go
		p.Reviews = s.reviewsSection(c, t)                      // review.go
		p.Versions = s.versionHistory(c, t, p.IsOwner)          // version.go
	}
	return nil
}

// mintPage renders /upload/:id/mint: the royalty form and Mint, then List.
func (s *server) mintPage(c echo.Context) error {
	owner, subj, err := s.ownedCardSubject(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	p := views.MintPage{
		Page: s.page(c, "Mint "+subj.Name), UploadID: subj.ID, Name: subj.Name, Title: subj.Name,
		SHA256: subj.Asset.SHA256, CID: subj.ContentCID, Gated: subj.Gated, Me: owner,
		CardURL: "/upload/" + subj.ID + "/card",
	}
	if subj.Upload != nil {
		item := views.NewUploadItem(*subj.Upload, s.gateway)
		p.Name, p.Title, p.Thumbnail, p.KindLabel = item.Name, item.Name, item.Thumbnail, item.KindLabel
	} else {
		p.KindLabel = fmt.Sprintf("Folder · %d files", len(subj.Asset.Files))
	}
	maxBps, err := s.market.Trade.MaxRoyaltyBps(ctx)
	if err != nil {
		return err
	}
	p.MaxRoyalty = strings.TrimSuffix(trade.Percent(maxBps), "%")
	if fee, err := s.market.Trade.FeeBps(ctx); err == nil {
		p.FeePercent = trade.Percent(fee)
	}
	if _, name, err := s.mintMetadata(c, owner, subj, nil); err != nil {
		if apperr.KindOf(err) != apperr.Invalid {
			return err
		}
		p.Problems = []string{strings.TrimPrefix(apperr.Message(err), "Fix the card first: ")}
	} else if name != "" {
		p.Title = name
	}
	return render(c, http.StatusOK, views.MintPageView(p))
}
