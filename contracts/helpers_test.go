package contracts_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"modelmarket/contracts/bind/testbind"
	"modelmarket/contracts/contractstest"
)

var (
	rejecting = testbind.NewRejectingPayee()
	reentrant = testbind.NewReentrantActor()
)

// Modes of RejectingPayee.
const (
	modeRevert  uint8 = 0
	modeBurnGas uint8 = 1
	modeAccept  uint8 = 2
)

// deployRejecting deploys a RejectingPayee in the given mode.
func deployRejecting(t testing.TB, e *contractstest.Env, mode uint8) common.Address {
	t.Helper()
	addr, _, err := e.DeployContract(e.Owner(), testbind.RejectingPayeeMetaData.Bin, rejecting.PackConstructor(mode))
	if err != nil {
		t.Fatalf("deploy RejectingPayee: %v", err)
	}
	return addr
}
