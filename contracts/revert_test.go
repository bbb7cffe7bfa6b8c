package contracts_test

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"modelmarket/contracts"
	"modelmarket/internal/apperr"
)

// Every custom error in the ABIs has its own words: none falls back to the
// generic sentence, and every argument the words use decodes.
func TestDecodeRevert_WordsForEveryCustomError(t *testing.T) {
	for name, parsed := range contractABIs() {
		for _, e := range parsed.Errors {
			t.Run(name+"."+e.Name, func(t *testing.T) {
				data := append(append([]byte{}, e.ID[:4]...), packSample(t, e.Inputs)...)
				got, msg := contracts.DecodeRevertData(data)
				if got != e.Name {
					t.Fatalf("name = %q", got)
				}
				if strings.Contains(msg, "("+e.Name+")") || strings.Contains(msg, "?") || !strings.HasSuffix(msg, ".") {
					t.Fatalf("message = %q", msg)
				}
			})
		}
	}
}

// packSample packs a plausible value for each argument.
func packSample(t *testing.T, args abi.Arguments) []byte {
	t.Helper()
	var vals []any
	for _, a := range args {
		switch a.Type.T {
		case abi.UintTy:
			if a.Type.Size > 64 {
				vals = append(vals, big.NewInt(7))
			} else {
				v := reflect.New(a.Type.GetType()).Elem()
				v.SetUint(250)
				vals = append(vals, v.Interface())
			}
		case abi.AddressTy:
			vals = append(vals, common.HexToAddress("0x00000000000000000000000000000000000000aa"))
		default:
			t.Fatalf("no sample for %s", a.Type)
		}
	}
	out, err := args.Pack(vals...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestDecodeRevert_RealRevertsInWords(t *testing.T) {
	e := newEnv(t)
	a, c := alice(e), carol(e)
	id := mintAndList(t, e, a, "t", a.Addr, 0, eth(0.5))
	send(t, e, a, e.Addr.Marketplace, e.Market.PackUpdatePrice(id, eth(1.25)), nil)
	_, err := e.Buy(c, id, eth(0.5), maxFeeAll)
	name, msg := contracts.DecodeRevert(err)
	if name != "PriceChanged" || msg != "The price changed to 1.25 ETH since you looked. Check it and try again." {
		t.Fatalf("DecodeRevert = %q, %q", name, msg)
	}
	wrapped := contracts.WrapRevert(err)
	if apperr.KindOf(wrapped) != apperr.Conflict || apperr.Message(wrapped) != msg || !errors.Is(wrapped, err) {
		t.Fatalf("WrapRevert = %v (kind %s)", wrapped, apperr.KindOf(wrapped))
	}

	transfer(t, e, a, c.Addr, id)
	transfer(t, e, c, a.Addr, id)
	_, err = e.Buy(c, id, eth(1.25), maxFeeAll)
	if name, msg := contracts.DecodeRevert(err); name != "StaleListing" || !strings.Contains(msg, "stale") {
		t.Fatalf("DecodeRevert = %q, %q", name, msg)
	}
	if k := apperr.KindOf(contracts.WrapRevert(err)); k != apperr.Conflict {
		t.Fatalf("kind = %s", k)
	}
	_, err = e.Send(c, e.Addr.Reviews, e.Reviews.PackReview(id, 5, nil), nil)
	if k := apperr.KindOf(contracts.WrapRevert(err)); k != apperr.Forbidden {
		t.Fatalf("NotEligible kind = %s", k)
	}
}

func TestDecodeRevert_NotARevert(t *testing.T) {
	for _, err := range []error{nil, errors.New("dial tcp 127.0.0.1:8545: connection refused")} {
		if name, msg := contracts.DecodeRevert(err); name != "" || msg != "" {
			t.Errorf("DecodeRevert(%v) = %q, %q", err, name, msg)
		}
		if got := contracts.WrapRevert(err); got != err {
			t.Errorf("WrapRevert(%v) = %v, want it unchanged", err, got)
		}
	}
	name, msg := contracts.DecodeRevert(errors.New("execution reverted"))
	if name != "" || msg == "" {
		t.Errorf("a revert without data = %q, %q", name, msg)
	}
}

func TestDecodeRevertData_ErrorPanicAndUnknown(t *testing.T) {
	strArgs := abi.Arguments{{Type: mustType(t, "string")}}
	reason, _ := strArgs.Pack("not allowed")
	name, msg := contracts.DecodeRevertData(append([]byte{0x08, 0xc3, 0x79, 0xa0}, reason...))
	if name != "Error" || !strings.HasSuffix(msg, "not allowed") {
		t.Errorf("Error(string) = %q, %q", name, msg)
	}
	code, _ := abi.Arguments{{Type: mustType(t, "uint256")}}.Pack(big.NewInt(0x11))
	name, msg = contracts.DecodeRevertData(append([]byte{0x4e, 0x48, 0x7b, 0x71}, code...))
	if name != "Panic" || !strings.Contains(msg, "0x11") {
		t.Errorf("Panic = %q, %q", name, msg)
	}
	name, msg = contracts.DecodeRevertData([]byte{0xde, 0xad, 0xbe, 0xef})
	if name != "0xdeadbeef" || !strings.Contains(msg, "0xdeadbeef") {
		t.Errorf("unknown = %q, %q", name, msg)
	}
	if name, msg = contracts.DecodeRevertData(nil); name != "" || msg == "" {
		t.Errorf("empty = %q, %q", name, msg)
	}
	// A known selector with arguments cut off still names the error.
	if name, _ = contracts.DecodeRevertData(common.FromHex("0x" + selectorOf(t, "StaleListing"))); name != "StaleListing" {
		t.Errorf("truncated = %q", name)
	}
}

func mustType(t *testing.T, s string) abi.Type {
	t.Helper()
	ty, err := abi.NewType(s, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	return ty
}

func selectorOf(t *testing.T, name string) string {
	t.Helper()
	for _, parsed := range contractABIs() {
		if e, ok := parsed.Errors[name]; ok {
			return common.Bytes2Hex(e.ID[:4])
		}
	}
	t.Fatalf("no error %s", name)
	return ""
}

func TestFormatETH(t *testing.T) {
	for _, c := range []struct {
		wei  *big.Int
		want string
	}{
		{big.NewInt(0), "0 ETH"},
		{big.NewInt(1), "0.000000000000000001 ETH"},
		{eth(1.5), "1.5 ETH"},
		{new(big.Int).Mul(big.NewInt(1e12), big.NewInt(1e18)), "1000000000000 ETH"},
		{big.NewInt(-5e17), "-0.5 ETH"},
		{nil, "0 ETH"},
	} {
		if got := contracts.FormatETH(c.wei); got != c.want {
			t.Errorf("FormatETH(%v) = %q, want %q", c.wei, got, c.want)
		}
	}
}

// A test fails when the ABI has a custom error no test expects by name: this
// one reads the tests' sources; TestMain also checks, on a full run, that each
// expected error was really seen.
func TestEveryCustomErrorIsExpectedByATest(t *testing.T) {
	files, err := filepath.Glob("*_test.go")
	if err != nil {
		t.Fatal(err)
	}
	expected := map[string]bool{}
	re := regexp.MustCompile(`wantRevert(?:Data)?\([^\n]*"(\w+)"\)`)
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			expected[m[1]] = true
		}
	}
	// Table-driven tests name the error in a field: collect quoted names there too.
	tables := regexp.MustCompile(`want:?\s*"(\w+)"|, "(\w+)", e\.`)
	for _, f := range files {
		src, _ := os.ReadFile(f)
		for _, m := range tables.FindAllStringSubmatch(string(src), -1) {
			expected[m[1]+m[2]] = true
		}
	}
	for _, name := range abiErrors() {
		if !expected[name] {
			t.Errorf("custom error %s: no test expects it (wantRevert(t, err, %q))", name, name)
		}
	}
}
