package web

import "modelmarket/web/views"

// stripItems is the status strip for s; its errors become the word "error"
// only, because the strip is public and the causes may name hosts or paths.
func stripItems(s Status) []views.StatusItem {
	return []views.StatusItem{
		views.ChainItem(s.ChainID, s.ChainHeight, s.ChainErr == ""),
		views.IPFSItem(s.IPFSBlocks, s.IPFSErr == ""),
		views.DBItem(s.DBBackend, s.DBErr == ""),
	}
}
