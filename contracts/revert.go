package contracts

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	mmbind "modelmarket/contracts/bind"
	"modelmarket/internal/apperr"
)

// words says, for one custom error, what kind of failure it is and how to
// tell a person. args are the error's decoded arguments in ABI order.
type words struct {
	kind apperr.Kind
	say  func(args []any) string
}

func static(k apperr.Kind, msg string) words {
	return words{k, func([]any) string { return msg }}
}

// revertWords has an entry for every custom error in the four contracts' ABIs;
// a test fails when one is missing or left over.
var revertWords = map[string]words{
	// ModelNFT
	"ERC721NonexistentToken": {apperr.NotFound, func(a []any) string {
		return fmt.Sprintf("Token #%s does not exist.", num(a, 0))
	}},
	"ERC721IncorrectOwner": {apperr.Conflict, func(a []any) string {
		return fmt.Sprintf("Token #%s is not owned by that account any more.", num(a, 1))
	}},
	"ERC721InsufficientApproval": {apperr.Forbidden, func(a []any) string {
		return fmt.Sprintf("The marketplace may not move token #%s: its owner has not approved it (an approval lapses when the token moves).", num(a, 1))
	}},
	"ERC721InvalidReceiver": static(apperr.Invalid, "The receiving address cannot hold tokens: it is empty or a contract without ERC-721 support."),
	"ERC721InvalidOwner":    static(apperr.Invalid, "The zero address cannot own tokens."),
	"ERC721InvalidApprover": static(apperr.Forbidden, "Only the token's owner can approve someone to move it."),
	"OperatorNotAllowed":    static(apperr.Forbidden, "Tokens can only be approved for the marketplace's own contracts, which pay the creator's royalty."),
	"RoyaltyTooHigh": {apperr.Invalid, func(a []any) string {
		return fmt.Sprintf("Royalty must be between 0 and %s.", pct(a, 1))
	}},
	"InvalidRoyaltyReceiver": static(apperr.Invalid, "A royalty needs an address to receive it."),
	"EmptyDigest":            static(apperr.Invalid, "The file's sha256 digest is missing."),
	"InvalidCID":             static(apperr.Invalid, "That content address is not a CIDv1 with a sha2-256 hash."),
	"NotTokenOwner": {apperr.Forbidden, func(a []any) string {
		return fmt.Sprintf("Only the owner of token #%s can do this.", num(a, 0))
	}},
	"VersionNotFound": {apperr.NotFound, func(a []any) string {
		return fmt.Sprintf("Token #%s has no version %s.", num(a, 0), num(a, 1))
	}},
	// OpenZeppelin Ownable2Step and the reentrancy guard
	"OwnableUnauthorizedAccount":   static(apperr.Forbidden, "Only the contract's owner (the marketplace's administrators) can do this."),
	"OwnableInvalidOwner":          static(apperr.Invalid, "The zero address cannot own the contract."),
	"ReentrancyGuardReentrantCall": static(apperr.Forbidden, "A contract tried to call back into the marketplace in the middle of a sale; that is refused."),
	// Settlement (Marketplace and LicenseManager)
	"EnforcedPause": static(apperr.Unavailable, "New listings and sales are paused for now. Cancelling and withdrawing still work."),
	"ExpectedPause": static(apperr.Conflict, "Sales are not paused."),
	"FeeAboveCap": {apperr.Invalid, func(a []any) string {
		return fmt.Sprintf("A fee of %s is above the cap of %s.", pct(a, 0), pct(a, 1))
	}},
	"InvalidFeeRecipient": static(apperr.Invalid, "Fees need an address to go to."),
	"NothingToWithdraw":   static(apperr.Invalid, "There is nothing to withdraw."),
	"WithdrawFailed": {apperr.Conflict, func(a []any) string {
		return fmt.Sprintf("The address %s did not accept the payment; withdraw to another address.", addr(a, 0))
	}},
	"InvalidPrice": static(apperr.Invalid, "The price must be more than 0."),
	"PriceChanged": {apperr.Conflict, func(a []any) string {
		return fmt.Sprintf("The price changed to %s since you looked. Check it and try again.", eth(a, 2))
	}},
	"WrongPayment": {apperr.Invalid, func(a []any) string {
		return fmt.Sprintf("The payment must be exactly %s; %s was sent.", eth(a, 0), eth(a, 1))
	}},
	// Marketplace
	"MarketNotApproved": {apperr.Forbidden, func(a []any) string {
		return fmt.Sprintf("Approve the marketplace to move token #%s before listing it.", num(a, 0))
	}},
	"NotListed": {apperr.NotFound, func(a []any) string {
		return fmt.Sprintf("Token #%s is not for sale.", num(a, 0))
	}},
	"StaleListing": {apperr.Conflict, func(a []any) string {
		return fmt.Sprintf("This listing is stale: token #%s moved since it was listed, so it is no longer for sale at that price.", num(a, 0))
	}},
	"FeeIncreased": {apperr.Conflict, func(a []any) string {
		return fmt.Sprintf("The platform fee rose to %s since you looked (you accepted up to %s). Check the new terms and try again.", pct(a, 1), pct(a, 0))
	}},
	// LicenseManager
	"OfferNotFound": {apperr.NotFound, func(a []any) string {
		return fmt.Sprintf("License offer %s does not exist.", num(a, 0))
	}},
	"OfferPaused": {apperr.Conflict, func(a []any) string {
		return fmt.Sprintf("License offer %s is paused by the token's owner.", num(a, 0))
	}},
	"OfferRetired": {apperr.Conflict, func(a []any) string {
		return fmt.Sprintf("License offer %s has ended.", num(a, 0))
	}},
	"OfferStale": {apperr.Conflict, func(a []any) string {
		return fmt.Sprintf("License offer %s ended when the token changed hands.", num(a, 0))
	}},
	"SoldOut": {apperr.Conflict, func(a []any) string {
		return fmt.Sprintf("License offer %s is sold out: all %s licenses are taken.", num(a, 0), num(a, 1))
	}},
	// Reviews
	"InvalidRating": static(apperr.Invalid, "A rating is from 1 to 5 stars."),
	"NotEligible": {apperr.Forbidden, func(a []any) string {
		return fmt.Sprintf("Only people who bought token #%s, or hold or held a license on it, can review it.", num(a, 0))
	}},
}

// customErrors maps a 4-byte selector to the custom error it names, over the
// ABIs of the four contracts.
var customErrors = func() map[[4]byte]abi.Error {
	out := make(map[[4]byte]abi.Error)
	for _, md := range []*bind.MetaData{
		&mmbind.ModelNFTMetaData, &mmbind.MarketplaceMetaData, &mmbind.LicenseManagerMetaData, &mmbind.ReviewsMetaData,
	} {
		parsed, err := abi.JSON(strings.NewReader(md.ABI))
		if err != nil {
			panic(fmt.Sprintf("contracts: generated ABI does not parse: %v", err))
		}
		for _, e := range parsed.Errors {
			var sel [4]byte
			copy(sel[:], e.ID[:4])
			out[sel] = e
		}
	}
	return out
}()

var (
	errorSelector = [4]byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	panicSelector = [4]byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// DecodeRevert turns the revert carried by err (from eth_call, eth_estimateGas
// or a failed send, on any node or on ethclient/simulated) into the custom
// error's name and a sentence for people, e.g. "StaleListing", "This listing
// is stale: token #7 moved since it was listed, ...". It returns "", "" when err
// is nil or is not a revert. A revert without data gives name "" and a generic
// sentence; Solidity's Error(string) and Panic(uint256) give "Error" and "Panic";
// an error no contract of ours declares gives its selector as the name.
func DecodeRevert(err error) (name, message string) {
	data, ok := RevertData(err)
	if !ok {
		return "", ""
	}
	return DecodeRevertData(data)
}

// RevertData extracts the revert data from err. ok is false when err is not a
// revert; data is empty for a revert that gave no reason.
func RevertData(err error) (data []byte, ok bool) {
	if err == nil {
		return nil, false
	}
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, isStr := de.ErrorData().(string); isStr {
			if b, decErr := hexutil.Decode(s); decErr == nil {
				return b, true
			}
		}
	}
	if strings.Contains(err.Error(), "execution reverted") {
		return nil, true
	}
	return nil, false
}

// DecodeRevertData is DecodeRevert for raw revert data.
func DecodeRevertData(data []byte) (name, message string) {
	if len(data) < 4 {
		return "", "The contract refused the transaction without saying why."
	}
	var sel [4]byte
	copy(sel[:], data[:4])
	switch sel {
	case errorSelector:
		if reason, err := abi.UnpackRevert(data); err == nil {
			return "Error", "The contract refused the transaction: " + reason
		}
		return "Error", "The contract refused the transaction."
	case panicSelector:
		code := new(big.Int).SetBytes(data[4:])
		return "Panic", fmt.Sprintf("The contract stopped on an internal error (panic 0x%x).", code)
	}
	e, ok := customErrors[sel]
	if !ok {
		s := hexutil.Encode(sel[:])
		return s, "The contract refused the transaction (error " + s + ")."
	}
	w, ok := revertWords[e.Name]
	if !ok {
		return e.Name, "The contract refused the transaction (" + e.Name + ")."
	}
	args, err := e.Inputs.Unpack(data[4:])
	if err != nil {
		args = nil
	}
	return e.Name, w.say(args)
}

// WrapRevert returns err as an *apperr.Error whose kind and message come from
// the custom error it carries (StaleListing is a Conflict, NotTokenOwner
// Forbidden, ...), keeping err as the cause. An err that is not a revert comes
// back unchanged; a revert we have no words for is Invalid with a generic message.
func WrapRevert(err error) error {
	data, ok := RevertData(err)
	if !ok {
		return err
	}
	name, msg := DecodeRevertData(data)
	kind := apperr.Invalid
	if w, known := revertWords[name]; known {
		kind = w.kind
	}
	return apperr.Wrap(kind, msg, err)
}

// ---- argument formatting; a missing or odd argument prints as "?" ----

func num(a []any, i int) string {
	if i >= len(a) {
		return "?"
	}
	switch v := a[i].(type) {
	case *big.Int:
		return v.String()
	case uint8, uint16, uint32, uint64:
		return fmt.Sprint(v)
	}
	return "?"
}

func addr(a []any, i int) string {
	if i < len(a) {
		if v, ok := a[i].(common.Address); ok {
			return v.Hex()
		}
	}
	return "?"
}

// pct prints basis points as a percentage: 250 → "2.5%".
func pct(a []any, i int) string {
	if i >= len(a) {
		return "?"
	}
	v, ok := a[i].(uint16)
	if !ok {
		return "?"
	}
	s := fmt.Sprintf("%d.%02d", v/100, v%100)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s + "%"
}

// eth prints wei as ETH with up to 18 decimals, trailing zeros trimmed.
func eth(a []any, i int) string {
	if i >= len(a) {
		return "?"
	}
	v, ok := a[i].(*big.Int)
	if !ok {
		return "?"
	}
	return FormatETH(v)
}

// FormatETH prints an amount of wei as ETH, exactly, without trailing zeros:
// 1500000000000000000 → "1.5 ETH".
func FormatETH(wei *big.Int) string {
	if wei == nil {
		return "0 ETH"
	}
	neg := wei.Sign() < 0
	abs := new(big.Int).Abs(wei)
	q, r := new(big.Int).QuoRem(abs, big.NewInt(1e18), new(big.Int))
	s := q.String()
	if r.Sign() != 0 {
		frac := fmt.Sprintf("%018s", r.String())
		s += "." + strings.TrimRight(frac, "0")
	}
	if neg {
		s = "-" + s
	}
	return s + " ETH"
}
