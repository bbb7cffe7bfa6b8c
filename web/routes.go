package web

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// routes registers every route of the app; later features add theirs here so
// the whole URL space can be read in one place.
func (s *server) routes(e *echo.Echo) {
	getHead := []string{http.MethodGet, http.MethodHead}

	e.GET("/", s.home, s.pages.limit)

	e.Match(getHead, "/healthz", s.healthz)
	e.GET("/readyz", s.readyz)
	e.GET("/api/status", s.apiStatus)

	if s.wallet != nil {
		e.POST("/api/auth/nonce", s.authNonce)
		e.POST("/api/auth/verify", s.authVerify)
		e.POST("/api/auth/signout", s.signOut)
		e.POST("/signout", s.signOut)
		e.GET("/api/me", s.me)
		e.GET("/account", s.account)
	}
	if s.uploads != nil {
		e.GET("/upload", s.uploadPage)
		e.Any(tusBase, s.serveTus)
		e.Any(tusBase+"/*", s.serveTus)
		e.GET("/api/uploads", s.listUploads)
		e.GET("/api/uploads/:id", s.showUpload)
		e.POST("/api/uploads/:id/finish", s.finishUpload)
		e.GET("/upload/card/:id", s.uploadCard)
		e.POST("/api/bundles", s.createBundle) // folders (bundle.go)
		e.GET("/api/bundles", s.listBundles)
		e.GET("/api/bundles/:id", s.showBundle)
		e.GET("/upload/folder/:id", s.bundleCard)
	}
	if s.uploads != nil { // the card editor (model cards, art metadata)
		e.GET("/upload/:id/card", s.cardPage)
		e.POST("/upload/:id/card", s.saveCard)
		e.POST("/api/card/preview", s.previewCard)
		e.POST("/api/uploads/:id/card/metadata", s.cardMetadata)
	}

	if s.market != nil { // browse, search, profiles, home sections
		e.GET("/browse", s.browse, s.pages.limit)
		e.GET("/profile/:addr", s.profile, s.pages.limit)
		e.GET("/api/tokens", s.apiTokens, s.pages.limit)
		e.GET("/api/profile/:addr", s.apiProfile, s.pages.limit)
	}
	if s.market != nil { // token pages and trade flows (mint, list, buy)
		e.GET("/token/:id", s.tokenPage, s.tokenPages.limit)
		if s.uploads != nil {
			e.GET("/upload/:id/mint", s.mintPage)
		}
		e.POST("/api/tx/mint", s.txMint)
		e.POST("/api/tx/approve", s.txApprove)
		e.POST("/api/tx/list", s.txList)
		e.POST("/api/tx/price", s.txPrice)
		e.POST("/api/tx/cancel", s.txCancel)
		e.POST("/api/tx/buy", s.txBuy)
		e.POST("/api/tx/transfer", s.txTransfer)
		e.POST("/api/tx/explain", s.txExplain)
	}

	if s.market != nil && s.market.Trade != nil { // license offers, buying licenses, certificates, My licenses (license.go, license_page.go)
		e.POST("/api/tx/offer", s.txOffer)
		e.POST("/api/tx/offer/pause", s.txOfferPause)
		e.POST("/api/tx/offer/retire", s.txOfferRetire)
		e.POST("/api/tx/license", s.txLicense)
		e.GET("/license/:tokenId/:account", s.licensePage)
		e.GET("/licenses", s.myLicenses)
	}

	if s.market != nil && s.uploads != nil { // versions: the owner's publish page and its transaction (version.go)
		e.GET("/token/:id/publish", s.publishPage)
		e.POST("/api/tx/version", s.txVersion)
	}

	if s.market != nil { // reviews and creator reputation (review.go)
		s.comments = newCommentCache(commentCacheEntries)
		e.POST("/api/tx/review", s.txReview)
		e.GET("/reputation", s.reputationPage)
	}

	if s.market != nil && s.market.Verify != nil { // verify a file against the chain (verify.go); public
		e.GET("/verify", s.verifyPage)
		e.GET("/verify/result", s.verifyResult)
		e.GET("/api/verify", s.apiVerify)
	}

	if s.market != nil && s.market.Downloads != nil { // a token's files for its owner and licensees, the chain decides (download.go)
		e.Match(getHead, "/token/:id/files", s.tokenFiles)
		e.Match(getHead, "/token/:id/files/*", s.tokenFile)
		e.Match(getHead, "/token/:id/download", s.tokenTar)
	}

	if s.mod != nil && s.wallet != nil { // moderation: reports, the admin area, the public audit log (report.go, admin.go, audit.go)
		e.GET("/report", s.reportPage)
		e.POST("/report", s.submitReport)
		e.GET("/audit", s.auditPage)
		e.GET("/audit.json", s.auditJSON)
		e.GET("/signin", s.signInPage)
		// Every admin route goes in this group: its middleware checks the role.
		admin := e.Group("/admin", s.requireAdmin)
		admin.GET("", s.adminDashboard)
		admin.GET("/queue", s.adminQueue)
		admin.GET("/case", s.adminCase)
		admin.GET("/admins", s.adminAdmins)
		admin.POST("/act", s.adminAct)
	}

	e.Match(getHead, "/static/*", s.serveStatic)
	e.Match(getHead, "/favicon.ico", s.favicon)
}
