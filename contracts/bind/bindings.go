// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bind

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// LicenseManagerLicenseInfo is an auto generated low-level Go binding around an user-defined struct.
type LicenseManagerLicenseInfo struct {
	OfferId     *big.Int
	TokenId     *big.Int
	ExpiresAt   uint64
	PurchasedAt uint64
	Commercial  bool
	TermsCID    []byte
}

// LicenseManagerOfferInfo is an auto generated low-level Go binding around an user-defined struct.
type LicenseManagerOfferInfo struct {
	TokenId    *big.Int
	Price      *big.Int
	Duration   uint32
	Cap        uint32
	Sold       uint32
	Commercial bool
	Paused     bool
	Retired    bool
	Live       bool
	TermsCID   []byte
}

// LicenseManagerMetaData contains all meta data concerning the LicenseManager contract.
var LicenseManagerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIModelNFT\",\"name\":\"nft_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeCapBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"initialFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"feeRecipient_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxFeeBps\",\"type\":\"uint16\"}],\"name\":\"FeeAboveCap\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidCID\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidFeeRecipient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"InvalidPrice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotTokenOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"OfferNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"OfferPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"OfferRetired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"OfferStale\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expectedPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"PriceChanged\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"cap\",\"type\":\"uint32\"}],\"name\":\"SoldOut\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"WrongPayment\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"oldFeeBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"newFeeBps\",\"type\":\"uint16\"}],\"name\":\"FeeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oldRecipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newRecipient\",\"type\":\"address\"}],\"name\":\"FeeRecipientChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeesWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"licensee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"royaltyReceiver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"royalty\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ownerAmount\",\"type\":\"uint256\"}],\"name\":\"LicensePurchased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"OfferClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"}],\"name\":\"OfferPauseChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"duration\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"cap\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"commercial\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"termsCID\",\"type\":\"bytes\"}],\"name\":\"OfferPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_FEE_CAP_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAYOUT_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PERPETUAL\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expectedPrice\",\"type\":\"uint256\"}],\"name\":\"buyLicense\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"credits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feesAccrued\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasHeldLicense\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasValidLicense\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"licenseExpiry\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"licensesOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"purchasedAt\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"commercial\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"termsCID\",\"type\":\"bytes\"}],\"internalType\":\"structLicenseManager.LicenseInfo[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxFeeBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nft\",\"outputs\":[{\"internalType\":\"contractIModelNFT\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"offer\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"duration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cap\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"sold\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"commercial\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"retired\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"live\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"termsCID\",\"type\":\"bytes\"}],\"internalType\":\"structLicenseManager.OfferInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"offerCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"duration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cap\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"termsCID\",\"type\":\"bytes\"},{\"internalType\":\"bool\",\"name\":\"commercial\",\"type\":\"bool\"}],\"name\":\"publishOffer\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"retireOffer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"newFeeBps\",\"type\":\"uint16\"}],\"name\":\"setFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newRecipient\",\"type\":\"address\"}],\"name\":\"setFeeRecipient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"paused_\",\"type\":\"bool\"}],\"name\":\"setOfferPaused\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawFees\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "LicenseManager",
	Bin: "0x60c06040526001600555348015610014575f5ffd5b506040516131fc3803806131fc833981016040819052610033916101e3565b83838383836001600160a01b03811661006657604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61006f8161014e565b5061138861ffff841611156100a557604051635ccbf4a560e01b815261ffff84166004820152611388602482015260440161005d565b8261ffff168261ffff1611156100dc57604051635ccbf4a560e01b815261ffff80841660048301528416602482015260440161005d565b6001600160a01b03811661010357604051630ed1b8b360e31b815260040160405180910390fd5b61ffff9283166080526002805461ffff19169290931691909117909155600380546001600160a01b0319166001600160a01b039283161790559590951660a0525061024d9350505050565b600180546001600160a01b03191690556101678161016a565b50565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b0381168114610167575f5ffd5b805161ffff811681146101de575f5ffd5b919050565b5f5f5f5f5f60a086880312156101f7575f5ffd5b8551610202816101b9565b6020870151909550610213816101b9565b9350610221604087016101cd565b925061022f606087016101cd565b9150608086015161023f816101b9565b809150509295509295909350565b60805160a051612f646102985f395f8181610337015281816107a80152818161120f0152818161192e01526124d001525f818161055c0152818161147501526114d60152612f645ff3fe6080604052600436106101db575f3560e01c80638456cb59116100fd578063bf769a3f11610092578063e74b981b11610062578063e74b981b14610621578063f0e3ee0e14610640578063f2fde38b1461065b578063fe5ff4681461067a575f5ffd5b8063bf769a3f1461054b578063c8edab481461057e578063dbff122d1461059d578063e30c3978146105f7575f5ffd5b806398d44535116100cd57806398d445351461049d5780639a44da83146104b0578063a0151ff7146104c5578063a8d7d411146104da575f5ffd5b80638456cb59146104145780638da5cb5b146104285780638e0055531461045157806394db059514610470575f5ffd5b8063476343ee1161017357806372b0d90c1161014357806372b0d90c1461039657806374924cea146103b5578063761610fc146103d457806379ba509714610400575f5ffd5b8063476343ee1461031257806347ccca02146103265780635c975abb14610359578063715018a614610382575f5ffd5b80633ccfd60b116101ae5780633ccfd60b146102785780633f4ba83a1461028e57806343fa5c25146102a257806346904840146102c1575f5ffd5b80631115c24d146101df5780631ca018a81461020657806324a9d85314610225578063291e7b711461024c575b5f5ffd5b3480156101ea575f5ffd5b506101f36106a5565b6040519081526020015b60405180910390f35b348015610211575f5ffd5b506101f36102203660046128e8565b6106ba565b348015610230575f5ffd5b5060025461ffff165b60405161ffff90911681526020016101fd565b348015610257575f5ffd5b5061026b6102663660046129be565b610b18565b6040516101fd9190612a2c565b348015610283575f5ffd5b5061028c610cf3565b005b348015610299575f5ffd5b5061028c610d0e565b3480156102ad575f5ffd5b5061028c6102bc366004612b02565b610db6565b3480156102cc575f5ffd5b506003546102ed9073ffffffffffffffffffffffffffffffffffffffff1681565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016101fd565b34801561031d575f5ffd5b5061028c610e20565b348015610331575f5ffd5b506102ed7f000000000000000000000000000000000000000000000000000000000000000081565b348015610364575f5ffd5b5060025462010000900460ff165b60405190151581526020016101fd565b34801561038d575f5ffd5b5061028c610fbb565b3480156103a1575f5ffd5b5061028c6103b03660046129be565b610fcc565b3480156103c0575f5ffd5b506103726103cf366004612b19565b610fe8565b3480156103df575f5ffd5b506103f36103ee366004612b02565b61102c565b6040516101fd9190612b47565b34801561040b575f5ffd5b5061028c61134f565b34801561041f575f5ffd5b5061028c6113c3565b348015610433575f5ffd5b505f5473ffffffffffffffffffffffffffffffffffffffff166102ed565b34801561045c575f5ffd5b5061028c61046b366004612bf7565b61146b565b34801561047b575f5ffd5b50600254630100000090046fffffffffffffffffffffffffffffffff166101f3565b61028c6104ab366004612c18565b61157a565b3480156104bb575f5ffd5b506101f361c35081565b3480156104d0575f5ffd5b5061023961138881565b3480156104e5575f5ffd5b506105326104f4366004612b19565b5f91825260076020908152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205467ffffffffffffffff1690565b60405167ffffffffffffffff90911681526020016101fd565b348015610556575f5ffd5b506102397f000000000000000000000000000000000000000000000000000000000000000081565b348015610589575f5ffd5b5061028c610598366004612c38565b611d3e565b3480156105a8575f5ffd5b506103726105b7366004612b19565b5f91825260076020908152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205467ffffffffffffffff16151590565b348015610602575f5ffd5b5060015473ffffffffffffffffffffffffffffffffffffffff166102ed565b34801561062c575f5ffd5b5061028c61063b3660046129be565b611dc2565b34801561064b575f5ffd5b5061053267ffffffffffffffff81565b348015610666575f5ffd5b5061028c6106753660046129be565b611eb2565b348015610685575f5ffd5b506101f36106943660046129be565b60046020525f908152604090205481565b5f60016005546106b59190612c88565b905090565b6002545f9062010000900460ff16156106ff576040517fd93c066500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b86158061071b57506fffffffffffffffffffffffffffffffff87115b1561075a576040517ff9632e86000000000000000000000000000000000000000000000000000000008152600481018890526024015b60405180910390fd5b6040517f61f7c556000000000000000000000000000000000000000000000000000000008152600481018990523060248201525f90819073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906361f7c55690604401606060405180830381865afa1580156107ed573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108119190612c9b565b50909250905073ffffffffffffffffffffffffffffffffffffffff8216331461086f576040517f6d3d1858000000000000000000000000000000000000000000000000000000008152600481018b9052336024820152604401610751565b5f5f61087b8888611f61565b600580549294509092505f61088f83612ce5565b9190505594506040518061016001604052808d81526020018c6fffffffffffffffffffffffffffffffff1681526020018b63ffffffff1681526020018a63ffffffff1681526020015f63ffffffff1681526020018463ffffffff16815260200187151581526020015f151581526020015f151581526020018268ffffffffffffffffff1681526020018381525060065f8781526020019081526020015f205f820151815f01556020820151816001015f6101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff16021790555060408201518160010160106101000a81548163ffffffff021916908363ffffffff16021790555060608201518160010160146101000a81548163ffffffff021916908363ffffffff16021790555060808201518160010160186101000a81548163ffffffff021916908363ffffffff16021790555060a082015181600101601c6101000a81548163ffffffff021916908363ffffffff16021790555060c0820151816002015f6101000a81548160ff02191690831515021790555060e08201518160020160016101000a81548160ff0219169083151502179055506101008201518160020160026101000a81548160ff0219169083151502179055506101208201518160020160036101000a81548168ffffffffffffffffff021916908368ffffffffffffffffff16021790555061014082015181600301559050503373ffffffffffffffffffffffffffffffffffffffff168c867ffe3e6aee336cbe98e2fe4750cee18b9202ed29dc4826cdf025a783187ebd22138e8e8e8c8f8f604051610b0196959493929190612d1c565b60405180910390a450505050979650505050505050565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260086020526040902080546060919067ffffffffffffffff811115610b5a57610b5a612d92565b604051908082528060200260200182016040528015610bd557816020015b610bc26040518060c001604052805f81526020015f81526020015f67ffffffffffffffff1681526020015f67ffffffffffffffff1681526020015f15158152602001606081525090565b815260200190600190039081610b785790505b5091505f5b8154811015610cec575f828281548110610bf657610bf6612dbf565b5f91825260208083206040805160608082018352929094015467ffffffffffffffff808216808752680100000000000000008304821687870190815270010000000000000000000000000000000090930482168785019081529088526006865296839020835160c081018552875183168152815496810196909652915181169285019290925294511690820152600283015460ff8116151560808301526003840154929450909160a0830191610cc29168ffffffffffffffffff63010000009092049190911690612141565b815250858481518110610cd757610cd7612dbf565b60209081029190910101525050600101610bda565b5050919050565b610cfb61222f565b610d0433612264565b610d0c6123c1565b565b610d166123eb565b60025462010000900460ff16610d58576040517f8dfc202b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffff1690556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa906020015b60405180910390a1565b5f610dc08261243d565b6002810180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffff166201000017905560405190915082907f7bd20b1b32067a0be5e6f9e0636e6466bf8ba601866f82e7a3b4a8d0792c0eb2905f90a25050565b610e2861222f565b600254630100000090046fffffffffffffffffffffffffffffffff165f819003610e7e576040517fd0d04f6000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffffff00000000000000000000000000000000ffffff16905560035460405173ffffffffffffffffffffffffffffffffffffffff909116905f90829084908381818185875af1925050503d805f8114610f01576040519150601f19603f3d011682016040523d82523d5f602084013e610f06565b606091505b5050905080610f60576040517fa226991200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8316600482015260248101849052604401610751565b8173ffffffffffffffffffffffffffffffffffffffff167fc0819c13be868895eb93e40eaceb96de976442fa1d404e5c55f14bb65a8c489a84604051610fa891815260200190565b60405180910390a2505050610d0c6123c1565b610fc36123eb565b610d0c5f6125dd565b610fd461222f565b610fdd81612264565b610fe56123c1565b50565b5f82815260076020908152604080832073ffffffffffffffffffffffffffffffffffffffff851684529091529020544267ffffffffffffffff909116115b92915050565b60408051610140810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e082018390526101008201929092526101208101919091525f828152600660209081526040808320815161016081018352815480825260018301546fffffffffffffffffffffffffffffffff81169583019590955263ffffffff70010000000000000000000000000000000086048116948301949094527401000000000000000000000000000000000000000085048416606083015278010000000000000000000000000000000000000000000000008504841660808301527c010000000000000000000000000000000000000000000000000000000090940490921660a0830152600281015460ff808216151560c08501526101008083048216151560e086015262010000830490911615159084015268ffffffffffffffffff6301000000909104166101208301526003015461014082015291036111d5576040517f1f376e4c00000000000000000000000000000000000000000000000000000000815260048101849052602401610751565b80516040517f61f7c55600000000000000000000000000000000000000000000000000000000815260048101919091523060248201525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906361f7c55690604401606060405180830381865afa158015611269573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061128d9190612c9b565b50915050604051806101400160405280835f0151815260200183602001516fffffffffffffffffffffffffffffffff168152602001836040015163ffffffff168152602001836060015163ffffffff168152602001836080015163ffffffff1681526020018360c00151151581526020018360e0015115158152602001836101000151151581526020018360a0015163ffffffff168363ffffffff161415158152602001611345846101200151856101400151612141565b9052949350505050565b600154339073ffffffffffffffffffffffffffffffffffffffff1681146113ba576040517f118cdaa700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602401610751565b610fe5816125dd565b6113cb6123eb565b60025462010000900460ff161561140e576040517fd93c066500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffff16620100001790556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25890602001610dac565b6114736123eb565b7f000000000000000000000000000000000000000000000000000000000000000061ffff168161ffff161115611503576040517f5ccbf4a500000000000000000000000000000000000000000000000000000000815261ffff80831660048301527f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610751565b6002546040805161ffff928316815291831660208301527faa1ebd1f8841401ae5e1a0f2febc87d5f597ae458fca8277cd0e43b92633183c910160405180910390a1600280547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00001661ffff92909216919091179055565b61158261222f565b5f61158b61260e565b5f848152600660209081526040808320815161016081018352815480825260018301546fffffffffffffffffffffffffffffffff81169583019590955263ffffffff70010000000000000000000000000000000086048116948301949094527401000000000000000000000000000000000000000085048416606083015278010000000000000000000000000000000000000000000000008504841660808301527c010000000000000000000000000000000000000000000000000000000090940490921660a0830152600281015460ff808216151560c08501526101008083048216151560e086015262010000830490911615159084015268ffffffffffffffffff6301000000909104166101208301526003015461014082015292935090036116e5576040517f1f376e4c00000000000000000000000000000000000000000000000000000000815260048101859052602401610751565b80610100015115611725576040517fc37c13a900000000000000000000000000000000000000000000000000000000815260048101859052602401610751565b8060e0015115611764576040517f8775e89300000000000000000000000000000000000000000000000000000000815260048101859052602401610751565b606081015163ffffffff16158015906117915750806060015163ffffffff16816080015163ffffffff1610155b156117dd5760608101516040517f418827b40000000000000000000000000000000000000000000000000000000081526004810186905263ffffffff9091166024820152604401610751565b8281602001516fffffffffffffffffffffffffffffffff16146118545760208101516040517f2bce37c500000000000000000000000000000000000000000000000000000000815260048101869052602481018590526fffffffffffffffffffffffffffffffff9091166044820152606401610751565b80602001516fffffffffffffffffffffffffffffffff1634146118c35760208101516040517f0dd32d1c0000000000000000000000000000000000000000000000000000000081526fffffffffffffffffffffffffffffffff9091166004820152346024820152604401610751565b805160208201516040517f8e945e3b00000000000000000000000000000000000000000000000000000000815260048101929092526fffffffffffffffffffffffffffffffff1660248201525f9081908190819073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690638e945e3b90604401608060405180830381865afa158015611973573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119979190612dec565b93509350935093508460a0015163ffffffff168363ffffffff16146119eb576040517f9415313900000000000000000000000000000000000000000000000000000000815260048101899052602401610751565b5f5f611a0e87602001516fffffffffffffffffffffffffffffffff16848a612692565b91509150866080015160010160065f8c81526020019081526020015f2060010160186101000a81548163ffffffff021916908363ffffffff1602179055505f876040015163ffffffff165f14611a78576040880151611a739063ffffffff1642612e3c565b611a82565b67ffffffffffffffff5b88515f90815260076020908152604080832033845290915290205490915067ffffffffffffffff9081169082161115611b025787515f908152600760209081526040808320338452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff83161790555b60085f3373ffffffffffffffffffffffffffffffffffffffff1673ffffffffffffffffffffffffffffffffffffffff1681526020019081526020015f2060405180606001604052808d67ffffffffffffffff1681526020018367ffffffffffffffff1681526020014267ffffffffffffffff16815250908060018154018082558091505060019003905f5260205f20015f909190919091505f820151815f015f6101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055506020820151815f0160086101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055506040820151815f0160106101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055505050611c2d826126d0565b8673ffffffffffffffffffffffffffffffffffffffff168573ffffffffffffffffffffffffffffffffffffffff1603611c7857611c7387611c6e8587612e5c565b61273d565b611c8c565b611c82858561273d565b611c8c878461273d565b87516020808a0151604080516fffffffffffffffffffffffffffffffff909216825267ffffffffffffffff85169282019290925273ffffffffffffffffffffffffffffffffffffffff8a811682840152881660608201526080810187905260a0810185905260c0810186905290513392918e917f515fd4bb0f507acd3e65e7d24f3fc9f530730f69db4c5f98ee66bdb734494c849181900360e00190a4505050505050505050611d3a6123c1565b5050565b5f611d488361243d565b600281018054841515610100027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff90911617905560405190915083907f80e1aecb0f6269cfa08b51030486252d230dc13f0d9a7e851a07852bc9e8408090611db590851515815260200190565b60405180910390a2505050565b611dca6123eb565b73ffffffffffffffffffffffffffffffffffffffff8116611e17576040517f768dc59800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6003546040805173ffffffffffffffffffffffffffffffffffffffff928316815291831660208301527f0bc21fe5c3ab742ff1d15b5c4477ffbacf1167e618228078fa625edebe7f331d910160405180910390a1600380547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff92909216919091179055565b611eba6123eb565b6001805473ffffffffffffffffffffffffffffffffffffffff83167fffffffffffffffffffffffff00000000000000000000000000000000000000009091168117909155611f1c5f5473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f80826024811080611f735750602881115b15611faa576040517fe1d766f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611fb6602083612c88565b905085855f818110611fca57611fca612dbf565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1916600160f81b14158061205357508585612010600284612c88565b81811061201f5761201f612dbf565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1916601260f81b14155b806120a957508585612066600184612c88565b81811061207557612075612dbf565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1916602060f81b14155b156120e0576040517fe1d766f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f805b82811015612116578787828181106120fd576120fd612dbf565b60089490941b919093013560f81c1791506001016120e3565b50604082901b8117935061212c8683818a612e6f565b61213591612e96565b94505050509250929050565b606060ff604084901c1667ffffffffffffffff8416612161826020612e5c565b67ffffffffffffffff81111561217957612179612d92565b6040519080825280601f01601f1916602001820160405280156121a3576020820181803683370190505b5092505f5b8281101561221f57806121bc600185612c88565b6121c69190612c88565b6121d1906008612ed2565b82901c60f81b8482815181106121e9576121e9612dbf565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a9053506001016121a8565b5050810160200191909152919050565b6122376127e6565b610d0c60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b9061283f565b335f90815260046020526040812054908190036122ad576040517fd0d04f6000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f908152600460205260408082208290555173ffffffffffffffffffffffffffffffffffffffff84169083908381818185875af1925050503d805f8114612310576040519150601f19603f3d011682016040523d82523d5f602084013e612315565b606091505b505090508061236f576040517fa226991200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015260248101839052604401610751565b60405182815273ffffffffffffffffffffffffffffffffffffffff84169033907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb9060200160405180910390a3505050565b610d0c5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061225e565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610d0c576040517f118cdaa7000000000000000000000000000000000000000000000000000000008152336004820152602401610751565b5f8181526006602052604081208054909181900361248a576040517f1f376e4c00000000000000000000000000000000000000000000000000000000815260048101849052602401610751565b6040517f6352211e00000000000000000000000000000000000000000000000000000000815260048101829052339073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690636352211e90602401602060405180830381865afa158015612515573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125399190612ee9565b73ffffffffffffffffffffffffffffffffffffffff161461258f576040517f6d3d185800000000000000000000000000000000000000000000000000000000815260048101829052336024820152604401610751565b600282015462010000900460ff16156125d7576040517fc37c13a900000000000000000000000000000000000000000000000000000000815260048101849052602401610751565b50919050565b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055610fe581612846565b6040805160608101825260025461ffff8116825262010000810460ff16158015602084015263010000009091046fffffffffffffffffffffffffffffffff16928201929092525f9161268c576040517fd93c066500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b51919050565b5f806127106126a561ffff851687612ed2565b6126af9190612f04565b9050806126bc8587612c88565b6126c69190612c88565b9150935093915050565b8015610fe55760028054829190600390612704908490630100000090046fffffffffffffffffffffffffffffffff16612f3c565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff16021790555050565b805f03612748575050565b5f61c35081808080868886f19150816127e05773ffffffffffffffffffffffffffffffffffffffff84165f908152600460205260408120805485929061278f908490612e5c565b909155505060405183815273ffffffffffffffffffffffffffffffffffffffff8516907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f39060200160405180910390a25b50505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610d0c576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b63ffffffff81168114610fe5575f5ffd5b8015158114610fe5575f5ffd5b80356128e3816128cb565b919050565b5f5f5f5f5f5f5f60c0888a0312156128fe575f5ffd5b87359650602088013595506040880135612917816128ba565b94506060880135612927816128ba565b9350608088013567ffffffffffffffff811115612942575f5ffd5b8801601f81018a13612952575f5ffd5b803567ffffffffffffffff811115612968575f5ffd5b8a6020828401011115612979575f5ffd5b6020919091019350915061298f60a089016128d8565b905092959891949750929550565b73ffffffffffffffffffffffffffffffffffffffff81168114610fe5575f5ffd5b5f602082840312156129ce575f5ffd5b81356129d98161299d565b9392505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015612af6577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc08786030184528151805186526020810151602087015267ffffffffffffffff604082015116604087015267ffffffffffffffff606082015116606087015260808101511515608087015260a0810151905060c060a0870152612ae060c08701826129e0565b9550506020938401939190910190600101612a52565b50929695505050505050565b5f60208284031215612b12575f5ffd5b5035919050565b5f5f60408385031215612b2a575f5ffd5b823591506020830135612b3c8161299d565b809150509250929050565b6020815281516020820152602082015160408201525f6040830151612b74606084018263ffffffff169052565b50606083015163ffffffff8116608084015250608083015163ffffffff811660a08401525060a083015180151560c08401525060c083015180151560e08401525060e0830151801515610100840152506101008301518015156101208401525061012083015161014080840152612bef6101608401826129e0565b949350505050565b5f60208284031215612c07575f5ffd5b813561ffff811681146129d9575f5ffd5b5f5f60408385031215612c29575f5ffd5b50508035926020909101359150565b5f5f60408385031215612c49575f5ffd5b823591506020830135612b3c816128cb565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8181038181111561102657611026612c5b565b5f5f5f60608486031215612cad575f5ffd5b8351612cb88161299d565b6020850151909350612cc9816128ba565b6040850151909250612cda816128cb565b809150509250925092565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203612d1557612d15612c5b565b5060010190565b86815263ffffffff8616602082015263ffffffff85166040820152831515606082015260a060808201528160a0820152818360c08301375f81830160c090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016010195945050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f5f5f60808587031215612dff575f5ffd5b8451612e0a8161299d565b6020860151909450612e1b816128ba565b6040860151909350612e2c8161299d565b6060959095015193969295505050565b67ffffffffffffffff818116838216019081111561102657611026612c5b565b8082018082111561102657611026612c5b565b5f5f85851115612e7d575f5ffd5b83861115612e89575f5ffd5b5050820193919092039150565b80356020831015611026577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b808202811582820484141761102657611026612c5b565b5f60208284031215612ef9575f5ffd5b81516129d98161299d565b5f82612f37577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b6fffffffffffffffffffffffffffffffff818116838216019081111561102657611026612c5b56",
}

// LicenseManager is an auto generated Go binding around an Ethereum contract.
type LicenseManager struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *LicenseManager) GetABI() abi.ABI {
	return c.abi
}

// NewLicenseManager creates a new instance of LicenseManager.
func NewLicenseManager() *LicenseManager {
	parsed, err := LicenseManagerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LicenseManager{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LicenseManager) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address nft_, address initialOwner, uint16 feeCapBps, uint16 initialFeeBps, address feeRecipient_) returns()
func (licenseManager *LicenseManager) PackConstructor(nft_ common.Address, initialOwner common.Address, feeCapBps uint16, initialFeeBps uint16, feeRecipient_ common.Address) []byte {
	enc, err := licenseManager.abi.Pack("", nft_, initialOwner, feeCapBps, initialFeeBps, feeRecipient_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXFEECAPBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0151ff7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE_CAP_BPS() view returns(uint16)
func (licenseManager *LicenseManager) PackMAXFEECAPBPS() []byte {
	enc, err := licenseManager.abi.Pack("MAX_FEE_CAP_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFEECAPBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0151ff7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FEE_CAP_BPS() view returns(uint16)
func (licenseManager *LicenseManager) TryPackMAXFEECAPBPS() ([]byte, error) {
	return licenseManager.abi.Pack("MAX_FEE_CAP_BPS")
}

// UnpackMAXFEECAPBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa0151ff7.
//
// Solidity: function MAX_FEE_CAP_BPS() view returns(uint16)
func (licenseManager *LicenseManager) UnpackMAXFEECAPBPS(data []byte) (uint16, error) {
	out, err := licenseManager.abi.Unpack("MAX_FEE_CAP_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackPAYOUTGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a44da83.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAYOUT_GAS() view returns(uint256)
func (licenseManager *LicenseManager) PackPAYOUTGAS() []byte {
	enc, err := licenseManager.abi.Pack("PAYOUT_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPAYOUTGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a44da83.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PAYOUT_GAS() view returns(uint256)
func (licenseManager *LicenseManager) TryPackPAYOUTGAS() ([]byte, error) {
	return licenseManager.abi.Pack("PAYOUT_GAS")
}

// UnpackPAYOUTGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a44da83.
//
// Solidity: function PAYOUT_GAS() view returns(uint256)
func (licenseManager *LicenseManager) UnpackPAYOUTGAS(data []byte) (*big.Int, error) {
	out, err := licenseManager.abi.Unpack("PAYOUT_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPERPETUAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0e3ee0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PERPETUAL() view returns(uint64)
func (licenseManager *LicenseManager) PackPERPETUAL() []byte {
	enc, err := licenseManager.abi.Pack("PERPETUAL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPERPETUAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0e3ee0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PERPETUAL() view returns(uint64)
func (licenseManager *LicenseManager) TryPackPERPETUAL() ([]byte, error) {
	return licenseManager.abi.Pack("PERPETUAL")
}

// UnpackPERPETUAL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0e3ee0e.
//
// Solidity: function PERPETUAL() view returns(uint64)
func (licenseManager *LicenseManager) UnpackPERPETUAL(data []byte) (uint64, error) {
	out, err := licenseManager.abi.Unpack("PERPETUAL", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (licenseManager *LicenseManager) PackAcceptOwnership() []byte {
	enc, err := licenseManager.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (licenseManager *LicenseManager) TryPackAcceptOwnership() ([]byte, error) {
	return licenseManager.abi.Pack("acceptOwnership")
}

// PackBuyLicense is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98d44535.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function buyLicense(uint256 offerId, uint256 expectedPrice) payable returns()
func (licenseManager *LicenseManager) PackBuyLicense(offerId *big.Int, expectedPrice *big.Int) []byte {
	enc, err := licenseManager.abi.Pack("buyLicense", offerId, expectedPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBuyLicense is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98d44535.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function buyLicense(uint256 offerId, uint256 expectedPrice) payable returns()
func (licenseManager *LicenseManager) TryPackBuyLicense(offerId *big.Int, expectedPrice *big.Int) ([]byte, error) {
	return licenseManager.abi.Pack("buyLicense", offerId, expectedPrice)
}

// PackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe5ff468.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credits(address payee) view returns(uint256)
func (licenseManager *LicenseManager) PackCredits(payee common.Address) []byte {
	enc, err := licenseManager.abi.Pack("credits", payee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe5ff468.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credits(address payee) view returns(uint256)
func (licenseManager *LicenseManager) TryPackCredits(payee common.Address) ([]byte, error) {
	return licenseManager.abi.Pack("credits", payee)
}

// UnpackCredits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe5ff468.
//
// Solidity: function credits(address payee) view returns(uint256)
func (licenseManager *LicenseManager) UnpackCredits(data []byte) (*big.Int, error) {
	out, err := licenseManager.abi.Unpack("credits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeBps() view returns(uint16)
func (licenseManager *LicenseManager) PackFeeBps() []byte {
	enc, err := licenseManager.abi.Pack("feeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeBps() view returns(uint16)
func (licenseManager *LicenseManager) TryPackFeeBps() ([]byte, error) {
	return licenseManager.abi.Pack("feeBps")
}

// UnpackFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24a9d853.
//
// Solidity: function feeBps() view returns(uint16)
func (licenseManager *LicenseManager) UnpackFeeBps(data []byte) (uint16, error) {
	out, err := licenseManager.abi.Unpack("feeBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeRecipient() view returns(address)
func (licenseManager *LicenseManager) PackFeeRecipient() []byte {
	enc, err := licenseManager.abi.Pack("feeRecipient")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeRecipient() view returns(address)
func (licenseManager *LicenseManager) TryPackFeeRecipient() ([]byte, error) {
	return licenseManager.abi.Pack("feeRecipient")
}

// UnpackFeeRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (licenseManager *LicenseManager) UnpackFeeRecipient(data []byte) (common.Address, error) {
	out, err := licenseManager.abi.Unpack("feeRecipient", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFeesAccrued is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94db0595.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feesAccrued() view returns(uint256)
func (licenseManager *LicenseManager) PackFeesAccrued() []byte {
	enc, err := licenseManager.abi.Pack("feesAccrued")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeesAccrued is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94db0595.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feesAccrued() view returns(uint256)
func (licenseManager *LicenseManager) TryPackFeesAccrued() ([]byte, error) {
	return licenseManager.abi.Pack("feesAccrued")
}

// UnpackFeesAccrued is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94db0595.
//
// Solidity: function feesAccrued() view returns(uint256)
func (licenseManager *LicenseManager) UnpackFeesAccrued(data []byte) (*big.Int, error) {
	out, err := licenseManager.abi.Unpack("feesAccrued", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHasHeldLicense is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbff122d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasHeldLicense(uint256 tokenId, address account) view returns(bool)
func (licenseManager *LicenseManager) PackHasHeldLicense(tokenId *big.Int, account common.Address) []byte {
	enc, err := licenseManager.abi.Pack("hasHeldLicense", tokenId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasHeldLicense is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbff122d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasHeldLicense(uint256 tokenId, address account) view returns(bool)
func (licenseManager *LicenseManager) TryPackHasHeldLicense(tokenId *big.Int, account common.Address) ([]byte, error) {
	return licenseManager.abi.Pack("hasHeldLicense", tokenId, account)
}

// UnpackHasHeldLicense is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdbff122d.
//
// Solidity: function hasHeldLicense(uint256 tokenId, address account) view returns(bool)
func (licenseManager *LicenseManager) UnpackHasHeldLicense(data []byte) (bool, error) {
	out, err := licenseManager.abi.Unpack("hasHeldLicense", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHasValidLicense is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74924cea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasValidLicense(uint256 tokenId, address account) view returns(bool)
func (licenseManager *LicenseManager) PackHasValidLicense(tokenId *big.Int, account common.Address) []byte {
	enc, err := licenseManager.abi.Pack("hasValidLicense", tokenId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasValidLicense is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74924cea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasValidLicense(uint256 tokenId, address account) view returns(bool)
func (licenseManager *LicenseManager) TryPackHasValidLicense(tokenId *big.Int, account common.Address) ([]byte, error) {
	return licenseManager.abi.Pack("hasValidLicense", tokenId, account)
}

// UnpackHasValidLicense is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x74924cea.
//
// Solidity: function hasValidLicense(uint256 tokenId, address account) view returns(bool)
func (licenseManager *LicenseManager) UnpackHasValidLicense(data []byte) (bool, error) {
	out, err := licenseManager.abi.Unpack("hasValidLicense", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLicenseExpiry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8d7d411.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function licenseExpiry(uint256 tokenId, address account) view returns(uint64)
func (licenseManager *LicenseManager) PackLicenseExpiry(tokenId *big.Int, account common.Address) []byte {
	enc, err := licenseManager.abi.Pack("licenseExpiry", tokenId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLicenseExpiry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8d7d411.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function licenseExpiry(uint256 tokenId, address account) view returns(uint64)
func (licenseManager *LicenseManager) TryPackLicenseExpiry(tokenId *big.Int, account common.Address) ([]byte, error) {
	return licenseManager.abi.Pack("licenseExpiry", tokenId, account)
}

// UnpackLicenseExpiry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8d7d411.
//
// Solidity: function licenseExpiry(uint256 tokenId, address account) view returns(uint64)
func (licenseManager *LicenseManager) UnpackLicenseExpiry(data []byte) (uint64, error) {
	out, err := licenseManager.abi.Unpack("licenseExpiry", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLicensesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x291e7b71.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function licensesOf(address account) view returns((uint256,uint256,uint64,uint64,bool,bytes)[] out)
func (licenseManager *LicenseManager) PackLicensesOf(account common.Address) []byte {
	enc, err := licenseManager.abi.Pack("licensesOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLicensesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x291e7b71.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function licensesOf(address account) view returns((uint256,uint256,uint64,uint64,bool,bytes)[] out)
func (licenseManager *LicenseManager) TryPackLicensesOf(account common.Address) ([]byte, error) {
	return licenseManager.abi.Pack("licensesOf", account)
}

// UnpackLicensesOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x291e7b71.
//
// Solidity: function licensesOf(address account) view returns((uint256,uint256,uint64,uint64,bool,bytes)[] out)
func (licenseManager *LicenseManager) UnpackLicensesOf(data []byte) ([]LicenseManagerLicenseInfo, error) {
	out, err := licenseManager.abi.Unpack("licensesOf", data)
	if err != nil {
		return *new([]LicenseManagerLicenseInfo), err
	}
	out0 := *abi.ConvertType(out[0], new([]LicenseManagerLicenseInfo)).(*[]LicenseManagerLicenseInfo)
	return out0, nil
}

// PackMaxFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf769a3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxFeeBps() view returns(uint16)
func (licenseManager *LicenseManager) PackMaxFeeBps() []byte {
	enc, err := licenseManager.abi.Pack("maxFeeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf769a3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxFeeBps() view returns(uint16)
func (licenseManager *LicenseManager) TryPackMaxFeeBps() ([]byte, error) {
	return licenseManager.abi.Pack("maxFeeBps")
}

// UnpackMaxFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf769a3f.
//
// Solidity: function maxFeeBps() view returns(uint16)
func (licenseManager *LicenseManager) UnpackMaxFeeBps(data []byte) (uint16, error) {
	out, err := licenseManager.abi.Unpack("maxFeeBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackNft is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47ccca02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nft() view returns(address)
func (licenseManager *LicenseManager) PackNft() []byte {
	enc, err := licenseManager.abi.Pack("nft")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNft is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47ccca02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nft() view returns(address)
func (licenseManager *LicenseManager) TryPackNft() ([]byte, error) {
	return licenseManager.abi.Pack("nft")
}

// UnpackNft is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x47ccca02.
//
// Solidity: function nft() view returns(address)
func (licenseManager *LicenseManager) UnpackNft(data []byte) (common.Address, error) {
	out, err := licenseManager.abi.Unpack("nft", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x761610fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function offer(uint256 offerId) view returns((uint256,uint256,uint32,uint32,uint32,bool,bool,bool,bool,bytes) info)
func (licenseManager *LicenseManager) PackOffer(offerId *big.Int) []byte {
	enc, err := licenseManager.abi.Pack("offer", offerId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x761610fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function offer(uint256 offerId) view returns((uint256,uint256,uint32,uint32,uint32,bool,bool,bool,bool,bytes) info)
func (licenseManager *LicenseManager) TryPackOffer(offerId *big.Int) ([]byte, error) {
	return licenseManager.abi.Pack("offer", offerId)
}

// UnpackOffer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x761610fc.
//
// Solidity: function offer(uint256 offerId) view returns((uint256,uint256,uint32,uint32,uint32,bool,bool,bool,bool,bytes) info)
func (licenseManager *LicenseManager) UnpackOffer(data []byte) (LicenseManagerOfferInfo, error) {
	out, err := licenseManager.abi.Unpack("offer", data)
	if err != nil {
		return *new(LicenseManagerOfferInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(LicenseManagerOfferInfo)).(*LicenseManagerOfferInfo)
	return out0, nil
}

// PackOfferCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1115c24d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function offerCount() view returns(uint256)
func (licenseManager *LicenseManager) PackOfferCount() []byte {
	enc, err := licenseManager.abi.Pack("offerCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOfferCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1115c24d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function offerCount() view returns(uint256)
func (licenseManager *LicenseManager) TryPackOfferCount() ([]byte, error) {
	return licenseManager.abi.Pack("offerCount")
}

// UnpackOfferCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1115c24d.
//
// Solidity: function offerCount() view returns(uint256)
func (licenseManager *LicenseManager) UnpackOfferCount(data []byte) (*big.Int, error) {
	out, err := licenseManager.abi.Unpack("offerCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (licenseManager *LicenseManager) PackOwner() []byte {
	enc, err := licenseManager.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (licenseManager *LicenseManager) TryPackOwner() ([]byte, error) {
	return licenseManager.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (licenseManager *LicenseManager) UnpackOwner(data []byte) (common.Address, error) {
	out, err := licenseManager.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (licenseManager *LicenseManager) PackPause() []byte {
	enc, err := licenseManager.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (licenseManager *LicenseManager) TryPackPause() ([]byte, error) {
	return licenseManager.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (licenseManager *LicenseManager) PackPaused() []byte {
	enc, err := licenseManager.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (licenseManager *LicenseManager) TryPackPaused() ([]byte, error) {
	return licenseManager.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (licenseManager *LicenseManager) UnpackPaused(data []byte) (bool, error) {
	out, err := licenseManager.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (licenseManager *LicenseManager) PackPendingOwner() []byte {
	enc, err := licenseManager.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (licenseManager *LicenseManager) TryPackPendingOwner() ([]byte, error) {
	return licenseManager.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (licenseManager *LicenseManager) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := licenseManager.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPublishOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ca018a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishOffer(uint256 tokenId, uint256 price, uint32 duration, uint32 cap, bytes termsCID, bool commercial) returns(uint256 offerId)
func (licenseManager *LicenseManager) PackPublishOffer(tokenId *big.Int, price *big.Int, duration uint32, cap uint32, termsCID []byte, commercial bool) []byte {
	enc, err := licenseManager.abi.Pack("publishOffer", tokenId, price, duration, cap, termsCID, commercial)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ca018a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishOffer(uint256 tokenId, uint256 price, uint32 duration, uint32 cap, bytes termsCID, bool commercial) returns(uint256 offerId)
func (licenseManager *LicenseManager) TryPackPublishOffer(tokenId *big.Int, price *big.Int, duration uint32, cap uint32, termsCID []byte, commercial bool) ([]byte, error) {
	return licenseManager.abi.Pack("publishOffer", tokenId, price, duration, cap, termsCID, commercial)
}

// UnpackPublishOffer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ca018a8.
//
// Solidity: function publishOffer(uint256 tokenId, uint256 price, uint32 duration, uint32 cap, bytes termsCID, bool commercial) returns(uint256 offerId)
func (licenseManager *LicenseManager) UnpackPublishOffer(data []byte) (*big.Int, error) {
	out, err := licenseManager.abi.Unpack("publishOffer", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (licenseManager *LicenseManager) PackRenounceOwnership() []byte {
	enc, err := licenseManager.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (licenseManager *LicenseManager) TryPackRenounceOwnership() ([]byte, error) {
	return licenseManager.abi.Pack("renounceOwnership")
}

// PackRetireOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43fa5c25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retireOffer(uint256 offerId) returns()
func (licenseManager *LicenseManager) PackRetireOffer(offerId *big.Int) []byte {
	enc, err := licenseManager.abi.Pack("retireOffer", offerId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetireOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43fa5c25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retireOffer(uint256 offerId) returns()
func (licenseManager *LicenseManager) TryPackRetireOffer(offerId *big.Int) ([]byte, error) {
	return licenseManager.abi.Pack("retireOffer", offerId)
}

// PackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e005553.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFee(uint16 newFeeBps) returns()
func (licenseManager *LicenseManager) PackSetFee(newFeeBps uint16) []byte {
	enc, err := licenseManager.abi.Pack("setFee", newFeeBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e005553.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFee(uint16 newFeeBps) returns()
func (licenseManager *LicenseManager) TryPackSetFee(newFeeBps uint16) ([]byte, error) {
	return licenseManager.abi.Pack("setFee", newFeeBps)
}

// PackSetFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe74b981b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeeRecipient(address newRecipient) returns()
func (licenseManager *LicenseManager) PackSetFeeRecipient(newRecipient common.Address) []byte {
	enc, err := licenseManager.abi.Pack("setFeeRecipient", newRecipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe74b981b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeeRecipient(address newRecipient) returns()
func (licenseManager *LicenseManager) TryPackSetFeeRecipient(newRecipient common.Address) ([]byte, error) {
	return licenseManager.abi.Pack("setFeeRecipient", newRecipient)
}

// PackSetOfferPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8edab48.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOfferPaused(uint256 offerId, bool paused_) returns()
func (licenseManager *LicenseManager) PackSetOfferPaused(offerId *big.Int, paused bool) []byte {
	enc, err := licenseManager.abi.Pack("setOfferPaused", offerId, paused)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetOfferPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8edab48.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setOfferPaused(uint256 offerId, bool paused_) returns()
func (licenseManager *LicenseManager) TryPackSetOfferPaused(offerId *big.Int, paused bool) ([]byte, error) {
	return licenseManager.abi.Pack("setOfferPaused", offerId, paused)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (licenseManager *LicenseManager) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := licenseManager.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (licenseManager *LicenseManager) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return licenseManager.abi.Pack("transferOwnership", newOwner)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (licenseManager *LicenseManager) PackUnpause() []byte {
	enc, err := licenseManager.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (licenseManager *LicenseManager) TryPackUnpause() ([]byte, error) {
	return licenseManager.abi.Pack("unpause")
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (licenseManager *LicenseManager) PackWithdraw() []byte {
	enc, err := licenseManager.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (licenseManager *LicenseManager) TryPackWithdraw() ([]byte, error) {
	return licenseManager.abi.Pack("withdraw")
}

// PackWithdrawFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x476343ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawFees() returns()
func (licenseManager *LicenseManager) PackWithdrawFees() []byte {
	enc, err := licenseManager.abi.Pack("withdrawFees")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x476343ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawFees() returns()
func (licenseManager *LicenseManager) TryPackWithdrawFees() ([]byte, error) {
	return licenseManager.abi.Pack("withdrawFees")
}

// PackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72b0d90c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawTo(address to) returns()
func (licenseManager *LicenseManager) PackWithdrawTo(to common.Address) []byte {
	enc, err := licenseManager.abi.Pack("withdrawTo", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72b0d90c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawTo(address to) returns()
func (licenseManager *LicenseManager) TryPackWithdrawTo(to common.Address) ([]byte, error) {
	return licenseManager.abi.Pack("withdrawTo", to)
}

// LicenseManagerCredited represents a Credited event raised by the LicenseManager contract.
type LicenseManagerCredited struct {
	Payee  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const LicenseManagerCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (LicenseManagerCredited) ContractEventName() string {
	return LicenseManagerCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(address indexed payee, uint256 amount)
func (licenseManager *LicenseManager) UnpackCreditedEvent(log *types.Log) (*LicenseManagerCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenseManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenseManagerCredited)
	if len(log.Data) > 0 {
		if err := licenseManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenseManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenseManagerFeeChanged represents a FeeChanged event raised by the LicenseManager contract.
type LicenseManagerFeeChanged struct {
	OldFeeBps uint16
	NewFeeBps uint16
	Raw       *types.Log // Blockchain specific contextual infos
}

const LicenseManagerFeeChangedEventName = "FeeChanged"

// ContractEventName returns the user-defined event name.
func (LicenseManagerFeeChanged) ContractEventName() string {
	return LicenseManagerFeeChangedEventName
}

// UnpackFeeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeChanged(uint16 oldFeeBps, uint16 newFeeBps)
func (licenseManager *LicenseManager) UnpackFeeChangedEvent(log *types.Log) (*LicenseManagerFeeChanged, error) {
	event := "FeeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenseManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenseManagerFeeChanged)
	if len(log.Data) > 0 {
		if err := licenseManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenseManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenseManagerFeeRecipientChanged represents a FeeRecipientChanged event raised by the LicenseManager contract.
type LicenseManagerFeeRecipientChanged struct {
	OldRecipient common.Address
	NewRecipient common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const LicenseManagerFeeRecipientChangedEventName = "FeeRecipientChanged"

// ContractEventName returns the user-defined event name.
func (LicenseManagerFeeRecipientChanged) ContractEventName() string {
	return LicenseManagerFeeRecipientChangedEventName
}

// UnpackFeeRecipientChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeRecipientChanged(address oldRecipient, address newRecipient)
func (licenseManager *LicenseManager) UnpackFeeRecipientChangedEvent(log *types.Log) (*LicenseManagerFeeRecipientChanged, error) {
	event := "FeeRecipientChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenseManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenseManagerFeeRecipientChanged)
	if len(log.Data) > 0 {
		if err := licenseManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenseManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenseManagerFeesWithdrawn represents a FeesWithdrawn event raised by the LicenseManager contract.
type LicenseManagerFeesWithdrawn struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const LicenseManagerFeesWithdrawnEventName = "FeesWithdrawn"

// ContractEventName returns the user-defined event name.
func (LicenseManagerFeesWithdrawn) ContractEventName() string {
	return LicenseManagerFeesWithdrawnEventName
}

// UnpackFeesWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesWithdrawn(address indexed to, uint256 amount)
func (licenseManager *LicenseManager) UnpackFeesWithdrawnEvent(log *types.Log) (*LicenseManagerFeesWithdrawn, error) {
	event := "FeesWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenseManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenseManagerFeesWithdrawn)
	if len(log.Data) > 0 {
		if err := licenseManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenseManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenseManagerLicensePurchased represents a LicensePurchased event raised by the LicenseManager contract.
type LicenseManagerLicensePurchased struct {
	OfferId         *big.Int
	TokenId         *big.Int
	Licensee        common.Address
	Price           *big.Int
	ExpiresAt       uint64
	Owner           common.Address
	RoyaltyReceiver common.Address
	Royalty         *big.Int
	Fee             *big.Int
	OwnerAmount     *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const LicenseManagerLicensePurchasedEventName = "LicensePurchased"

// ContractEventName returns the user-defined event name.
func (LicenseManagerLicensePurchased) ContractEventName() string {
	return LicenseManagerLicensePurchasedEventName
}

// UnpackLicensePurchasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LicensePurchased(uint256 indexed offerId, uint256 indexed tokenId, address indexed licensee, uint256 price, uint64 expiresAt, address owner, address royaltyReceiver, uint256 royalty, uint256 fee, uint256 ownerAmount)
func (licenseManager *LicenseManager) UnpackLicensePurchasedEvent(log *types.Log) (*LicenseManagerLicensePurchased, error) {
	event := "LicensePurchased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenseManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenseManagerLicensePurchased)
	if len(log.Data) > 0 {
		if err := licenseManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenseManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenseManagerOfferClosed represents a OfferClosed event raised by the LicenseManager contract.
type LicenseManagerOfferClosed struct {
	OfferId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LicenseManagerOfferClosedEventName = "OfferClosed"

// ContractEventName returns the user-defined event name.
func (LicenseManagerOfferClosed) ContractEventName() string {
	return LicenseManagerOfferClosedEventName
}

// UnpackOfferClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OfferClosed(uint256 indexed offerId)
func (licenseManager *LicenseManager) UnpackOfferClosedEvent(log *types.Log) (*LicenseManagerOfferClosed, error) {
	event := "OfferClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenseManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenseManagerOfferClosed)
	if len(log.Data) > 0 {
		if err := licenseManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenseManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenseManagerOfferPauseChanged represents a OfferPauseChanged event raised by the LicenseManager contract.
type LicenseManagerOfferPauseChanged struct {
	OfferId *big.Int
	Paused  bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const LicenseManagerOfferPauseChangedEventName = "OfferPauseChanged"

// ContractEventName returns the user-defined event name.
func (LicenseManagerOfferPauseChanged) ContractEventName() string {
	return LicenseManagerOfferPauseChangedEventName
}

// UnpackOfferPauseChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OfferPauseChanged(uint256 indexed offerId, bool paused)
func (licenseManager *LicenseManager) UnpackOfferPauseChangedEvent(log *types.Log) (*LicenseManagerOfferPauseChanged, error) {
	event := "OfferPauseChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenseManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenseManagerOfferPauseChanged)
	if len(log.Data) > 0 {
		if err := licenseManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenseManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenseManagerOfferPublished represents a OfferPublished event raised by the LicenseManager contract.
type LicenseManagerOfferPublished struct {
	OfferId    *big.Int
	TokenId    *big.Int
	Publisher  common.Address
	Price      *big.Int
	Duration   uint32
	Cap        uint32
	Commercial bool
	TermsCID   []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const LicenseManagerOfferPublishedEventName = "OfferPublished"

// ContractEventName returns the user-defined event name.
func (LicenseManagerOfferPublished) ContractEventName() string {
	return LicenseManagerOfferPublishedEventName
}

// UnpackOfferPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OfferPublished(uint256 indexed offerId, uint256 indexed tokenId, address indexed publisher, uint256 price, uint32 duration, uint32 cap, bool commercial, bytes termsCID)
func (licenseManager *LicenseManager) UnpackOfferPublishedEvent(log *types.Log) (*LicenseManagerOfferPublished, error) {
	event := "OfferPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenseManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenseManagerOfferPublished)
	if len(log.Data) > 0 {
		if err := licenseManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenseManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenseManagerOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the LicenseManager contract.
type LicenseManagerOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const LicenseManagerOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (LicenseManagerOwnershipTransferStarted) ContractEventName() string {
	return LicenseManagerOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (licenseManager *LicenseManager) UnpackOwnershipTransferStartedEvent(log *types.Log) (*LicenseManagerOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenseManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenseManagerOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := licenseManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenseManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenseManagerOwnershipTransferred represents a OwnershipTransferred event raised by the LicenseManager contract.
type LicenseManagerOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const LicenseManagerOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (LicenseManagerOwnershipTransferred) ContractEventName() string {
	return LicenseManagerOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (licenseManager *LicenseManager) UnpackOwnershipTransferredEvent(log *types.Log) (*LicenseManagerOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenseManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenseManagerOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := licenseManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenseManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenseManagerPaused represents a Paused event raised by the LicenseManager contract.
type LicenseManagerPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const LicenseManagerPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (LicenseManagerPaused) ContractEventName() string {
	return LicenseManagerPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (licenseManager *LicenseManager) UnpackPausedEvent(log *types.Log) (*LicenseManagerPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenseManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenseManagerPaused)
	if len(log.Data) > 0 {
		if err := licenseManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenseManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenseManagerUnpaused represents a Unpaused event raised by the LicenseManager contract.
type LicenseManagerUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const LicenseManagerUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (LicenseManagerUnpaused) ContractEventName() string {
	return LicenseManagerUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (licenseManager *LicenseManager) UnpackUnpausedEvent(log *types.Log) (*LicenseManagerUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenseManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenseManagerUnpaused)
	if len(log.Data) > 0 {
		if err := licenseManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenseManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenseManagerWithdrawn represents a Withdrawn event raised by the LicenseManager contract.
type LicenseManagerWithdrawn struct {
	Payee  common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const LicenseManagerWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (LicenseManagerWithdrawn) ContractEventName() string {
	return LicenseManagerWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed payee, address indexed to, uint256 amount)
func (licenseManager *LicenseManager) UnpackWithdrawnEvent(log *types.Log) (*LicenseManagerWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenseManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenseManagerWithdrawn)
	if len(log.Data) > 0 {
		if err := licenseManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenseManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (licenseManager *LicenseManager) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], licenseManager.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return licenseManager.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenseManager.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return licenseManager.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenseManager.abi.Errors["FeeAboveCap"].ID.Bytes()[:4]) {
		return licenseManager.UnpackFeeAboveCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenseManager.abi.Errors["InvalidCID"].ID.Bytes()[:4]) {
		return licenseManager.UnpackInvalidCIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenseManager.abi.Errors["InvalidFeeRecipient"].ID.Bytes()[:4]) {
		return licenseManager.UnpackInvalidFeeRecipientError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenseManager.abi.Errors["InvalidPrice"].ID.Bytes()[:4]) {
		return licenseManager.UnpackInvalidPriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenseManager.abi.Errors["NotTokenOwner"].ID.Bytes()[:4]) {
		return licenseManager.UnpackNotTokenOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenseManager.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return licenseManager.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenseManager.abi.Errors["OfferNotFound"].ID.Bytes()[:4]) {
		return licenseManager.UnpackOfferNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenseManager.abi.Errors["OfferPaused"].ID.Bytes()[:4]) {
		return licenseManager.UnpackOfferPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenseManager.abi.Errors["OfferRetired"].ID.Bytes()[:4]) {
		return licenseManager.UnpackOfferRetiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenseManager.abi.Errors["OfferStale"].ID.Bytes()[:4]) {
		return licenseManager.UnpackOfferStaleError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenseManager.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return licenseManager.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenseManager.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return licenseManager.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenseManager.abi.Errors["PriceChanged"].ID.Bytes()[:4]) {
		return licenseManager.UnpackPriceChangedError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenseManager.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return licenseManager.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenseManager.abi.Errors["SoldOut"].ID.Bytes()[:4]) {
		return licenseManager.UnpackSoldOutError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenseManager.abi.Errors["WithdrawFailed"].ID.Bytes()[:4]) {
		return licenseManager.UnpackWithdrawFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenseManager.abi.Errors["WrongPayment"].ID.Bytes()[:4]) {
		return licenseManager.UnpackWrongPaymentError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LicenseManagerEnforcedPause represents a EnforcedPause error raised by the LicenseManager contract.
type LicenseManagerEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func LicenseManagerEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (licenseManager *LicenseManager) UnpackEnforcedPauseError(raw []byte) (*LicenseManagerEnforcedPause, error) {
	out := new(LicenseManagerEnforcedPause)
	if err := licenseManager.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenseManagerExpectedPause represents a ExpectedPause error raised by the LicenseManager contract.
type LicenseManagerExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func LicenseManagerExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (licenseManager *LicenseManager) UnpackExpectedPauseError(raw []byte) (*LicenseManagerExpectedPause, error) {
	out := new(LicenseManagerExpectedPause)
	if err := licenseManager.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenseManagerFeeAboveCap represents a FeeAboveCap error raised by the LicenseManager contract.
type LicenseManagerFeeAboveCap struct {
	FeeBps    uint16
	MaxFeeBps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeAboveCap(uint16 feeBps, uint16 maxFeeBps)
func LicenseManagerFeeAboveCapErrorID() common.Hash {
	return common.HexToHash("0x5ccbf4a5ae5145f422bfe1c04725b5e32466948d67befa7c855f7b4fb9997043")
}

// UnpackFeeAboveCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeAboveCap(uint16 feeBps, uint16 maxFeeBps)
func (licenseManager *LicenseManager) UnpackFeeAboveCapError(raw []byte) (*LicenseManagerFeeAboveCap, error) {
	out := new(LicenseManagerFeeAboveCap)
	if err := licenseManager.abi.UnpackIntoInterface(out, "FeeAboveCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenseManagerInvalidCID represents a InvalidCID error raised by the LicenseManager contract.
type LicenseManagerInvalidCID struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCID()
func LicenseManagerInvalidCIDErrorID() common.Hash {
	return common.HexToHash("0xe1d766f45f42c0be5434963d49e08bccba6a62408c497ab45f97eb861cbb4bd7")
}

// UnpackInvalidCIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCID()
func (licenseManager *LicenseManager) UnpackInvalidCIDError(raw []byte) (*LicenseManagerInvalidCID, error) {
	out := new(LicenseManagerInvalidCID)
	if err := licenseManager.abi.UnpackIntoInterface(out, "InvalidCID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenseManagerInvalidFeeRecipient represents a InvalidFeeRecipient error raised by the LicenseManager contract.
type LicenseManagerInvalidFeeRecipient struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidFeeRecipient()
func LicenseManagerInvalidFeeRecipientErrorID() common.Hash {
	return common.HexToHash("0x768dc598040f8a15186549e30e61f63c67b0dcea435dcc58af3b3815a00be04a")
}

// UnpackInvalidFeeRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidFeeRecipient()
func (licenseManager *LicenseManager) UnpackInvalidFeeRecipientError(raw []byte) (*LicenseManagerInvalidFeeRecipient, error) {
	out := new(LicenseManagerInvalidFeeRecipient)
	if err := licenseManager.abi.UnpackIntoInterface(out, "InvalidFeeRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenseManagerInvalidPrice represents a InvalidPrice error raised by the LicenseManager contract.
type LicenseManagerInvalidPrice struct {
	Price *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPrice(uint256 price)
func LicenseManagerInvalidPriceErrorID() common.Hash {
	return common.HexToHash("0xf9632e86117232f3d3aed09e5032ecedc059ebc17aa5938c7d50b42d464c3d24")
}

// UnpackInvalidPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPrice(uint256 price)
func (licenseManager *LicenseManager) UnpackInvalidPriceError(raw []byte) (*LicenseManagerInvalidPrice, error) {
	out := new(LicenseManagerInvalidPrice)
	if err := licenseManager.abi.UnpackIntoInterface(out, "InvalidPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenseManagerNotTokenOwner represents a NotTokenOwner error raised by the LicenseManager contract.
type LicenseManagerNotTokenOwner struct {
	TokenId *big.Int
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTokenOwner(uint256 tokenId, address account)
func LicenseManagerNotTokenOwnerErrorID() common.Hash {
	return common.HexToHash("0x6d3d18585f3e1732cc93a3986f35902be5466653aec52877015b8d89b025a053")
}

// UnpackNotTokenOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTokenOwner(uint256 tokenId, address account)
func (licenseManager *LicenseManager) UnpackNotTokenOwnerError(raw []byte) (*LicenseManagerNotTokenOwner, error) {
	out := new(LicenseManagerNotTokenOwner)
	if err := licenseManager.abi.UnpackIntoInterface(out, "NotTokenOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenseManagerNothingToWithdraw represents a NothingToWithdraw error raised by the LicenseManager contract.
type LicenseManagerNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func LicenseManagerNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (licenseManager *LicenseManager) UnpackNothingToWithdrawError(raw []byte) (*LicenseManagerNothingToWithdraw, error) {
	out := new(LicenseManagerNothingToWithdraw)
	if err := licenseManager.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenseManagerOfferNotFound represents a OfferNotFound error raised by the LicenseManager contract.
type LicenseManagerOfferNotFound struct {
	OfferId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OfferNotFound(uint256 offerId)
func LicenseManagerOfferNotFoundErrorID() common.Hash {
	return common.HexToHash("0x1f376e4c7a33442e8c49eccb73a52e11cadc31492bbc4db71255146bf45a6e81")
}

// UnpackOfferNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OfferNotFound(uint256 offerId)
func (licenseManager *LicenseManager) UnpackOfferNotFoundError(raw []byte) (*LicenseManagerOfferNotFound, error) {
	out := new(LicenseManagerOfferNotFound)
	if err := licenseManager.abi.UnpackIntoInterface(out, "OfferNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenseManagerOfferPaused represents a OfferPaused error raised by the LicenseManager contract.
type LicenseManagerOfferPaused struct {
	OfferId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OfferPaused(uint256 offerId)
func LicenseManagerOfferPausedErrorID() common.Hash {
	return common.HexToHash("0x8775e89363a51ba48aada8894a2b439b5661fbdb59f8c48bf080272e04e7a4d8")
}

// UnpackOfferPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OfferPaused(uint256 offerId)
func (licenseManager *LicenseManager) UnpackOfferPausedError(raw []byte) (*LicenseManagerOfferPaused, error) {
	out := new(LicenseManagerOfferPaused)
	if err := licenseManager.abi.UnpackIntoInterface(out, "OfferPaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenseManagerOfferRetired represents a OfferRetired error raised by the LicenseManager contract.
type LicenseManagerOfferRetired struct {
	OfferId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OfferRetired(uint256 offerId)
func LicenseManagerOfferRetiredErrorID() common.Hash {
	return common.HexToHash("0xc37c13a90b2d00d18d280875bb36a54c88f92526fa309a812a238683d9ebb833")
}

// UnpackOfferRetiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OfferRetired(uint256 offerId)
func (licenseManager *LicenseManager) UnpackOfferRetiredError(raw []byte) (*LicenseManagerOfferRetired, error) {
	out := new(LicenseManagerOfferRetired)
	if err := licenseManager.abi.UnpackIntoInterface(out, "OfferRetired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenseManagerOfferStale represents a OfferStale error raised by the LicenseManager contract.
type LicenseManagerOfferStale struct {
	OfferId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OfferStale(uint256 offerId)
func LicenseManagerOfferStaleErrorID() common.Hash {
	return common.HexToHash("0x9415313930745d3f519db414b50c16dc618c243688208e09268fcf67102ff222")
}

// UnpackOfferStaleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OfferStale(uint256 offerId)
func (licenseManager *LicenseManager) UnpackOfferStaleError(raw []byte) (*LicenseManagerOfferStale, error) {
	out := new(LicenseManagerOfferStale)
	if err := licenseManager.abi.UnpackIntoInterface(out, "OfferStale", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenseManagerOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the LicenseManager contract.
type LicenseManagerOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func LicenseManagerOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (licenseManager *LicenseManager) UnpackOwnableInvalidOwnerError(raw []byte) (*LicenseManagerOwnableInvalidOwner, error) {
	out := new(LicenseManagerOwnableInvalidOwner)
	if err := licenseManager.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenseManagerOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the LicenseManager contract.
type LicenseManagerOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func LicenseManagerOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (licenseManager *LicenseManager) UnpackOwnableUnauthorizedAccountError(raw []byte) (*LicenseManagerOwnableUnauthorizedAccount, error) {
	out := new(LicenseManagerOwnableUnauthorizedAccount)
	if err := licenseManager.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenseManagerPriceChanged represents a PriceChanged error raised by the LicenseManager contract.
type LicenseManagerPriceChanged struct {
	OfferId       *big.Int
	ExpectedPrice *big.Int
	Price         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceChanged(uint256 offerId, uint256 expectedPrice, uint256 price)
func LicenseManagerPriceChangedErrorID() common.Hash {
	return common.HexToHash("0x2bce37c591c5b0d254c3056688b080a088f160fff82b6e79f456c8a20d5570f6")
}

// UnpackPriceChangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceChanged(uint256 offerId, uint256 expectedPrice, uint256 price)
func (licenseManager *LicenseManager) UnpackPriceChangedError(raw []byte) (*LicenseManagerPriceChanged, error) {
	out := new(LicenseManagerPriceChanged)
	if err := licenseManager.abi.UnpackIntoInterface(out, "PriceChanged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenseManagerReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the LicenseManager contract.
type LicenseManagerReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func LicenseManagerReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (licenseManager *LicenseManager) UnpackReentrancyGuardReentrantCallError(raw []byte) (*LicenseManagerReentrancyGuardReentrantCall, error) {
	out := new(LicenseManagerReentrancyGuardReentrantCall)
	if err := licenseManager.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenseManagerSoldOut represents a SoldOut error raised by the LicenseManager contract.
type LicenseManagerSoldOut struct {
	OfferId *big.Int
	Cap     uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SoldOut(uint256 offerId, uint32 cap)
func LicenseManagerSoldOutErrorID() common.Hash {
	return common.HexToHash("0x418827b40fc7ebc39a64a2bbf8f2be076fee451f322b26b507ba779a11b81db0")
}

// UnpackSoldOutError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SoldOut(uint256 offerId, uint32 cap)
func (licenseManager *LicenseManager) UnpackSoldOutError(raw []byte) (*LicenseManagerSoldOut, error) {
	out := new(LicenseManagerSoldOut)
	if err := licenseManager.abi.UnpackIntoInterface(out, "SoldOut", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenseManagerWithdrawFailed represents a WithdrawFailed error raised by the LicenseManager contract.
type LicenseManagerWithdrawFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawFailed(address to, uint256 amount)
func LicenseManagerWithdrawFailedErrorID() common.Hash {
	return common.HexToHash("0xa2269912b47133fae1d7f448c9284ea248951ac29b8c7c41d301f8721a38d10d")
}

// UnpackWithdrawFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawFailed(address to, uint256 amount)
func (licenseManager *LicenseManager) UnpackWithdrawFailedError(raw []byte) (*LicenseManagerWithdrawFailed, error) {
	out := new(LicenseManagerWithdrawFailed)
	if err := licenseManager.abi.UnpackIntoInterface(out, "WithdrawFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenseManagerWrongPayment represents a WrongPayment error raised by the LicenseManager contract.
type LicenseManagerWrongPayment struct {
	Price *big.Int
	Sent  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPayment(uint256 price, uint256 sent)
func LicenseManagerWrongPaymentErrorID() common.Hash {
	return common.HexToHash("0x0dd32d1c3ef0af2f42e38a7f633c5c154da0aa1d3a58e8dcd04bcd6fb310ac9d")
}

// UnpackWrongPaymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPayment(uint256 price, uint256 sent)
func (licenseManager *LicenseManager) UnpackWrongPaymentError(raw []byte) (*LicenseManagerWrongPayment, error) {
	out := new(LicenseManagerWrongPayment)
	if err := licenseManager.abi.UnpackIntoInterface(out, "WrongPayment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceMetaData contains all meta data concerning the Marketplace contract.
var MarketplaceMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIModelNFT\",\"name\":\"nft_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeCapBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"initialFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"feeRecipient_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxFeeBps\",\"type\":\"uint16\"}],\"name\":\"FeeAboveCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"maxFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"}],\"name\":\"FeeIncreased\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidFeeRecipient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"InvalidPrice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"MarketNotApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotListed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotTokenOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expectedPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"PriceChanged\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"StaleListing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"WrongPayment\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"}],\"name\":\"Cancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"oldFeeBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"newFeeBps\",\"type\":\"uint16\"}],\"name\":\"FeeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oldRecipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newRecipient\",\"type\":\"address\"}],\"name\":\"FeeRecipientChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeesWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"Listed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldPrice\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newPrice\",\"type\":\"uint256\"}],\"name\":\"PriceUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"royaltyReceiver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"royalty\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sellerAmount\",\"type\":\"uint256\"}],\"name\":\"Sold\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_FEE_CAP_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAYOUT_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expectedPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"maxFeeBps_\",\"type\":\"uint16\"}],\"name\":\"buy\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"credits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feesAccrued\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasBought\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"list\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"listingOf\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"listed\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxFeeBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nft\",\"outputs\":[{\"internalType\":\"contractIModelNFT\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"newFeeBps\",\"type\":\"uint16\"}],\"name\":\"setFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newRecipient\",\"type\":\"address\"}],\"name\":\"setFeeRecipient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"newPrice\",\"type\":\"uint256\"}],\"name\":\"updatePrice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawFees\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Marketplace",
	Bin: "0x60c060405234801561000f575f5ffd5b506040516124cb3803806124cb83398101604081905261002e916101de565b83838383836001600160a01b03811661006157604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61006a81610149565b5061138861ffff841611156100a057604051635ccbf4a560e01b815261ffff841660048201526113886024820152604401610058565b8261ffff168261ffff1611156100d757604051635ccbf4a560e01b815261ffff808416600483015284166024820152604401610058565b6001600160a01b0381166100fe57604051630ed1b8b360e31b815260040160405180910390fd5b61ffff9283166080526002805461ffff19169290931691909117909155600380546001600160a01b0319166001600160a01b039283161790559590951660a052506102489350505050565b600180546001600160a01b031916905561016281610165565b50565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b0381168114610162575f5ffd5b805161ffff811681146101d9575f5ffd5b919050565b5f5f5f5f5f60a086880312156101f2575f5ffd5b85516101fd816101b4565b602087015190955061020e816101b4565b935061021c604087016101c8565b925061022a606087016101c8565b9150608086015161023a816101b4565b809150509295509295909350565b60805160a05161222a6102a15f395f8181610293015281816106f601528181610ac40152818161111f015281816114e9015281816116ab0152611bce01525f818161045001528181610f280152610f89015261222a5ff3fe6080604052600436106101a4575f3560e01c80638456cb59116100e7578063bf769a3f11610087578063e74b981b11610062578063e74b981b146104ed578063ece638bd1461050c578063f2fde38b1461051f578063fe5ff4681461053e575f5ffd5b8063bf769a3f1461043f578063e30c397814610472578063e34049811461049c575f5ffd5b806394db0595116100c257806394db0595146103bf5780639a44da83146103f65780639cb04aef1461040b578063a0151ff71461042a575f5ffd5b80638456cb59146103635780638da5cb5b146103775780638e005553146103a0575f5ffd5b806347ccca0211610152578063715018a61161012d578063715018a6146102fd57806372b0d90c1461031157806379ba50971461033057806382367b2d14610344575f5ffd5b806347ccca021461028257806350fd7367146102b55780635c975abb146102d4575f5ffd5b806340e58ee51161018257806340e58ee5146101fe578063469048401461021d578063476343ee1461026e575f5ffd5b806324a9d853146101a85780633ccfd60b146101d45780633f4ba83a146101ea575b5f5ffd5b3480156101b3575f5ffd5b5060025461ffff165b60405161ffff90911681526020015b60405180910390f35b3480156101df575f5ffd5b506101e8610569565b005b3480156101f5575f5ffd5b506101e8610584565b348015610209575f5ffd5b506101e8610218366004611f93565b61062c565b348015610228575f5ffd5b506003546102499073ffffffffffffffffffffffffffffffffffffffff1681565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016101cb565b348015610279575f5ffd5b506101e8610838565b34801561028d575f5ffd5b506102497f000000000000000000000000000000000000000000000000000000000000000081565b3480156102c0575f5ffd5b506101e86102cf366004611faa565b6109d3565b3480156102df575f5ffd5b5060025462010000900460ff165b60405190151581526020016101cb565b348015610308575f5ffd5b506101e8610c94565b34801561031c575f5ffd5b506101e861032b366004611feb565b610ca5565b34801561033b575f5ffd5b506101e8610cbe565b34801561034f575f5ffd5b506101e861035e366004611faa565b610d32565b34801561036e575f5ffd5b506101e8610e76565b348015610382575f5ffd5b505f5473ffffffffffffffffffffffffffffffffffffffff16610249565b3480156103ab575f5ffd5b506101e86103ba366004612023565b610f1e565b3480156103ca575f5ffd5b50600254630100000090046fffffffffffffffffffffffffffffffff165b6040519081526020016101cb565b348015610401575f5ffd5b506103e861c35081565b348015610416575f5ffd5b506102ed61042536600461203c565b61102d565b348015610435575f5ffd5b506101bc61138881565b34801561044a575f5ffd5b506101bc7f000000000000000000000000000000000000000000000000000000000000000081565b34801561047d575f5ffd5b5060015473ffffffffffffffffffffffffffffffffffffffff16610249565b3480156104a7575f5ffd5b506104bb6104b6366004611f93565b611066565b60408051931515845273ffffffffffffffffffffffffffffffffffffffff9092166020840152908201526060016101cb565b3480156104f8575f5ffd5b506101e8610507366004611feb565b6111db565b6101e861051a36600461206a565b6112cb565b34801561052a575f5ffd5b506101e8610539366004611feb565b6117f8565b348015610549575f5ffd5b506103e8610558366004611feb565b60046020525f908152604090205481565b6105716118a7565b61057a336118dc565b610582611a39565b565b61058c611a63565b60025462010000900460ff166105ce576040517f8dfc202b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffff1690556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa906020015b60405180910390a1565b6106346118a7565b5f8181526005602090815260408083208151808301909252546fffffffffffffffffffffffffffffffff811680835270010000000000000000000000000000000090910463ffffffff169282019290925291036106c5576040517fd176cea0000000000000000000000000000000000000000000000000000000008152600481018390526024015b60405180910390fd5b6040517f6352211e000000000000000000000000000000000000000000000000000000008152600481018390525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690636352211e90602401602060405180830381865afa158015610750573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610774919061209c565b905073ffffffffffffffffffffffffffffffffffffffff811633146107ce576040517f6d3d1858000000000000000000000000000000000000000000000000000000008152600481018490523360248201526044016106bc565b5f8381526005602052604080822080547fffffffffffffffffffffffff000000000000000000000000000000000000000016905551339185917f26deca31ff8139a06c52453ce8985d34f7648a6d9af1d283c4063d052c355a0f9190a35050610835611a39565b50565b6108406118a7565b600254630100000090046fffffffffffffffffffffffffffffffff165f819003610896576040517fd0d04f6000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffffff00000000000000000000000000000000ffffff16905560035460405173ffffffffffffffffffffffffffffffffffffffff909116905f90829084908381818185875af1925050503d805f8114610919576040519150601f19603f3d011682016040523d82523d5f602084013e61091e565b606091505b5050905080610978576040517fa226991200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff83166004820152602481018490526044016106bc565b8173ffffffffffffffffffffffffffffffffffffffff167fc0819c13be868895eb93e40eaceb96de976442fa1d404e5c55f14bb65a8c489a846040516109c091815260200190565b60405180910390a2505050610582611a39565b6109db6118a7565b60025462010000900460ff1615610a1e576040517fd93c066500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b801580610a3a57506fffffffffffffffffffffffffffffffff81115b15610a74576040517ff9632e86000000000000000000000000000000000000000000000000000000008152600481018290526024016106bc565b6040517f61f7c556000000000000000000000000000000000000000000000000000000008152600481018390523060248201525f908190819073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906361f7c55690604401606060405180830381865afa158015610b09573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b2d91906120ca565b9194509250905073ffffffffffffffffffffffffffffffffffffffff83163314610b8c576040517f6d3d1858000000000000000000000000000000000000000000000000000000008152600481018690523360248201526044016106bc565b80610bc6576040517f3f57376d000000000000000000000000000000000000000000000000000000008152600481018690526024016106bc565b6040805180820182526fffffffffffffffffffffffffffffffff808716825263ffffffff80861660208085019182525f8b81526005909152859020935184549151909216700100000000000000000000000000000000027fffffffffffffffffffffffff0000000000000000000000000000000000000000909116919092161717905551339086907f50955776c5778c3b7d968d86d8c51fb6b29a7a74c20866b533268e209fc0834390610c7d9088815260200190565b60405180910390a3505050610c90611a39565b5050565b610c9c611a63565b6105825f611ab5565b610cad6118a7565b610cb6816118dc565b610835611a39565b600154339073ffffffffffffffffffffffffffffffffffffffff168114610d29576040517f118cdaa700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024016106bc565b61083581611ab5565b610d3a6118a7565b60025462010000900460ff1615610d7d576040517fd93c066500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b801580610d9957506fffffffffffffffffffffffffffffffff81115b15610dd3576040517ff9632e86000000000000000000000000000000000000000000000000000000008152600481018290526024016106bc565b5f610ddd83611ae6565b5f8481526005602090815260409182902080547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff878116919091179091558351835191168152908101859052919250339185917f592a032e7884ba506196d55a5fc14b6dd3f8f1a70beaf433d32006136a513758910160405180910390a350610c90611a39565b610e7e611a63565b60025462010000900460ff1615610ec1576040517fd93c066500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffff16620100001790556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25890602001610622565b610f26611a63565b7f000000000000000000000000000000000000000000000000000000000000000061ffff168161ffff161115610fb6576040517f5ccbf4a500000000000000000000000000000000000000000000000000000000815261ffff80831660048301527f00000000000000000000000000000000000000000000000000000000000000001660248201526044016106bc565b6002546040805161ffff928316815291831660208301527faa1ebd1f8841401ae5e1a0f2febc87d5f597ae458fca8277cd0e43b92633183c910160405180910390a1600280547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00001661ffff92909216919091179055565b5f82815260066020908152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff165b92915050565b5f8181526005602090815260408083208151808301909252546fffffffffffffffffffffffffffffffff811680835270010000000000000000000000000000000090910463ffffffff1692820192909252829182919082036110d1575f5f5f935093509350506111d4565b6040517f61f7c556000000000000000000000000000000000000000000000000000000008152600481018690523060248201525f90819073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906361f7c55690604401606060405180830381865afa158015611164573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061118891906120ca565b5091509150826020015163ffffffff168163ffffffff16146111b5575f5f5f9550955095505050506111d4565b509051600194509092506fffffffffffffffffffffffffffffffff1690505b9193909250565b6111e3611a63565b73ffffffffffffffffffffffffffffffffffffffff8116611230576040517f768dc59800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6003546040805173ffffffffffffffffffffffffffffffffffffffff928316815291831660208301527f0bc21fe5c3ab742ff1d15b5c4477ffbacf1167e618228078fa625edebe7f331d910160405180910390a1600380547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff92909216919091179055565b6112d36118a7565b5f6112dc611ce7565b5f8581526005602090815260408083208151808301909252546fffffffffffffffffffffffffffffffff811680835270010000000000000000000000000000000090910463ffffffff1692820192909252929350900361136b576040517fd176cea0000000000000000000000000000000000000000000000000000000008152600481018690526024016106bc565b80516fffffffffffffffffffffffffffffffff1684146113dc5780516040517f2bce37c500000000000000000000000000000000000000000000000000000000815260048101879052602481018690526fffffffffffffffffffffffffffffffff90911660448201526064016106bc565b8261ffff168261ffff16111561142c576040517f40b59b0200000000000000000000000000000000000000000000000000000000815261ffff8085166004830152831660248201526044016106bc565b805f01516fffffffffffffffffffffffffffffffff1634146114975780516040517f0dd32d1c0000000000000000000000000000000000000000000000000000000081526fffffffffffffffffffffffffffffffff90911660048201523460248201526044016106bc565b80516040517f8e945e3b000000000000000000000000000000000000000000000000000000008152600481018790526fffffffffffffffffffffffffffffffff90911660248201525f908190819081907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690638e945e3b90604401608060405180830381865afa158015611543573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115679190612114565b9350935093509350846020015163ffffffff168363ffffffff16146115bb576040517fc07065ce000000000000000000000000000000000000000000000000000000008152600481018a90526024016106bc565b5f5f6115dd875f01516fffffffffffffffffffffffffffffffff16848a611d6b565b5f8d815260056020908152604080832080547fffffffffffffffffffffffff000000000000000000000000000000000000000016905560068252808320338452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055909250905061165981611da9565b6040517f42842e0e00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8781166004830152336024830152604482018d90527f000000000000000000000000000000000000000000000000000000000000000016906342842e0e906064015f604051808303815f87803b1580156116ec575f5ffd5b505af11580156116fe573d5f5f3e3d5ffd5b505050508573ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff160361174d5761174886611743848661218d565b611e16565b611761565b6117578484611e16565b6117618683611e16565b8651604080516fffffffffffffffffffffffffffffffff909216825273ffffffffffffffffffffffffffffffffffffffff868116602084015290820185905260608201839052608082018490523391908816908d907f6074ea96c0a101de12e19097e63fed64e61ca513dd9ea7e74b3faebbc17f31ea9060a00160405180910390a450505050505050506117f3611a39565b505050565b611800611a63565b6001805473ffffffffffffffffffffffffffffffffffffffff83167fffffffffffffffffffffffff000000000000000000000000000000000000000090911681179091556118625f5473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b6118af611ebf565b61058260017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611f18565b335f9081526004602052604081205490819003611925576040517fd0d04f6000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f908152600460205260408082208290555173ffffffffffffffffffffffffffffffffffffffff84169083908381818185875af1925050503d805f8114611988576040519150601f19603f3d011682016040523d82523d5f602084013e61198d565b606091505b50509050806119e7576040517fa226991200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152602481018390526044016106bc565b60405182815273ffffffffffffffffffffffffffffffffffffffff84169033907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb9060200160405180910390a3505050565b6105825f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006118d6565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610582576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016106bc565b600180547fffffffffffffffffffffffff000000000000000000000000000000000000000016905561083581611f1f565b6040805180820182525f8082526020918201819052838152600582528281208351808501909452546fffffffffffffffffffffffffffffffff811680855270010000000000000000000000000000000090910463ffffffff169284019290925203611b80576040517fd176cea0000000000000000000000000000000000000000000000000000000008152600481018390526024016106bc565b6040517f61f7c556000000000000000000000000000000000000000000000000000000008152600481018390523060248201525f90819073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906361f7c55690604401606060405180830381865afa158015611c13573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c3791906120ca565b5091509150826020015163ffffffff168163ffffffff1614611c88576040517fc07065ce000000000000000000000000000000000000000000000000000000008152600481018590526024016106bc565b73ffffffffffffffffffffffffffffffffffffffff82163314611ce0576040517f6d3d1858000000000000000000000000000000000000000000000000000000008152600481018590523360248201526044016106bc565b5050919050565b6040805160608101825260025461ffff8116825262010000810460ff16158015602084015263010000009091046fffffffffffffffffffffffffffffffff16928201929092525f91611d65576040517fd93c066500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b51919050565b5f80612710611d7e61ffff8516876121a0565b611d8891906121b7565b905080611d9585876121ef565b611d9f91906121ef565b9150935093915050565b80156108355760028054829190600390611ddd908490630100000090046fffffffffffffffffffffffffffffffff16612202565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff16021790555050565b805f03611e21575050565b5f61c35081808080868886f1915081611eb95773ffffffffffffffffffffffffffffffffffffffff84165f9081526004602052604081208054859290611e6890849061218d565b909155505060405183815273ffffffffffffffffffffffffffffffffffffffff8516907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f39060200160405180910390a25b50505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610582576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f60208284031215611fa3575f5ffd5b5035919050565b5f5f60408385031215611fbb575f5ffd5b50508035926020909101359150565b73ffffffffffffffffffffffffffffffffffffffff81168114610835575f5ffd5b5f60208284031215611ffb575f5ffd5b813561200681611fca565b9392505050565b803561ffff8116811461201e575f5ffd5b919050565b5f60208284031215612033575f5ffd5b6120068261200d565b5f5f6040838503121561204d575f5ffd5b82359150602083013561205f81611fca565b809150509250929050565b5f5f5f6060848603121561207c575f5ffd5b83359250602084013591506120936040850161200d565b90509250925092565b5f602082840312156120ac575f5ffd5b815161200681611fca565b805163ffffffff8116811461201e575f5ffd5b5f5f5f606084860312156120dc575f5ffd5b83516120e781611fca565b92506120f5602085016120b7565b915060408401518015158114612109575f5ffd5b809150509250925092565b5f5f5f5f60808587031215612127575f5ffd5b845161213281611fca565b9350612140602086016120b7565b9250604085015161215081611fca565b6060959095015193969295505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561106057611060612160565b808202811582820484141761106057611060612160565b5f826121ea577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b8181038181111561106057611060612160565b6fffffffffffffffffffffffffffffffff81811683821601908111156110605761106061216056",
}

// Marketplace is an auto generated Go binding around an Ethereum contract.
type Marketplace struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Marketplace) GetABI() abi.ABI {
	return c.abi
}

// NewMarketplace creates a new instance of Marketplace.
func NewMarketplace() *Marketplace {
	parsed, err := MarketplaceMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Marketplace{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Marketplace) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address nft_, address initialOwner, uint16 feeCapBps, uint16 initialFeeBps, address feeRecipient_) returns()
func (marketplace *Marketplace) PackConstructor(nft_ common.Address, initialOwner common.Address, feeCapBps uint16, initialFeeBps uint16, feeRecipient_ common.Address) []byte {
	enc, err := marketplace.abi.Pack("", nft_, initialOwner, feeCapBps, initialFeeBps, feeRecipient_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXFEECAPBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0151ff7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE_CAP_BPS() view returns(uint16)
func (marketplace *Marketplace) PackMAXFEECAPBPS() []byte {
	enc, err := marketplace.abi.Pack("MAX_FEE_CAP_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFEECAPBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0151ff7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FEE_CAP_BPS() view returns(uint16)
func (marketplace *Marketplace) TryPackMAXFEECAPBPS() ([]byte, error) {
	return marketplace.abi.Pack("MAX_FEE_CAP_BPS")
}

// UnpackMAXFEECAPBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa0151ff7.
//
// Solidity: function MAX_FEE_CAP_BPS() view returns(uint16)
func (marketplace *Marketplace) UnpackMAXFEECAPBPS(data []byte) (uint16, error) {
	out, err := marketplace.abi.Unpack("MAX_FEE_CAP_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackPAYOUTGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a44da83.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAYOUT_GAS() view returns(uint256)
func (marketplace *Marketplace) PackPAYOUTGAS() []byte {
	enc, err := marketplace.abi.Pack("PAYOUT_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPAYOUTGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a44da83.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PAYOUT_GAS() view returns(uint256)
func (marketplace *Marketplace) TryPackPAYOUTGAS() ([]byte, error) {
	return marketplace.abi.Pack("PAYOUT_GAS")
}

// UnpackPAYOUTGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a44da83.
//
// Solidity: function PAYOUT_GAS() view returns(uint256)
func (marketplace *Marketplace) UnpackPAYOUTGAS(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("PAYOUT_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (marketplace *Marketplace) PackAcceptOwnership() []byte {
	enc, err := marketplace.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (marketplace *Marketplace) TryPackAcceptOwnership() ([]byte, error) {
	return marketplace.abi.Pack("acceptOwnership")
}

// PackBuy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece638bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function buy(uint256 tokenId, uint256 expectedPrice, uint16 maxFeeBps_) payable returns()
func (marketplace *Marketplace) PackBuy(tokenId *big.Int, expectedPrice *big.Int, maxFeeBps uint16) []byte {
	enc, err := marketplace.abi.Pack("buy", tokenId, expectedPrice, maxFeeBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBuy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece638bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function buy(uint256 tokenId, uint256 expectedPrice, uint16 maxFeeBps_) payable returns()
func (marketplace *Marketplace) TryPackBuy(tokenId *big.Int, expectedPrice *big.Int, maxFeeBps uint16) ([]byte, error) {
	return marketplace.abi.Pack("buy", tokenId, expectedPrice, maxFeeBps)
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(uint256 tokenId) returns()
func (marketplace *Marketplace) PackCancel(tokenId *big.Int) []byte {
	enc, err := marketplace.abi.Pack("cancel", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(uint256 tokenId) returns()
func (marketplace *Marketplace) TryPackCancel(tokenId *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("cancel", tokenId)
}

// PackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe5ff468.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credits(address payee) view returns(uint256)
func (marketplace *Marketplace) PackCredits(payee common.Address) []byte {
	enc, err := marketplace.abi.Pack("credits", payee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe5ff468.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credits(address payee) view returns(uint256)
func (marketplace *Marketplace) TryPackCredits(payee common.Address) ([]byte, error) {
	return marketplace.abi.Pack("credits", payee)
}

// UnpackCredits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe5ff468.
//
// Solidity: function credits(address payee) view returns(uint256)
func (marketplace *Marketplace) UnpackCredits(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("credits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeBps() view returns(uint16)
func (marketplace *Marketplace) PackFeeBps() []byte {
	enc, err := marketplace.abi.Pack("feeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeBps() view returns(uint16)
func (marketplace *Marketplace) TryPackFeeBps() ([]byte, error) {
	return marketplace.abi.Pack("feeBps")
}

// UnpackFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24a9d853.
//
// Solidity: function feeBps() view returns(uint16)
func (marketplace *Marketplace) UnpackFeeBps(data []byte) (uint16, error) {
	out, err := marketplace.abi.Unpack("feeBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeRecipient() view returns(address)
func (marketplace *Marketplace) PackFeeRecipient() []byte {
	enc, err := marketplace.abi.Pack("feeRecipient")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeRecipient() view returns(address)
func (marketplace *Marketplace) TryPackFeeRecipient() ([]byte, error) {
	return marketplace.abi.Pack("feeRecipient")
}

// UnpackFeeRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (marketplace *Marketplace) UnpackFeeRecipient(data []byte) (common.Address, error) {
	out, err := marketplace.abi.Unpack("feeRecipient", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFeesAccrued is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94db0595.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feesAccrued() view returns(uint256)
func (marketplace *Marketplace) PackFeesAccrued() []byte {
	enc, err := marketplace.abi.Pack("feesAccrued")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeesAccrued is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94db0595.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feesAccrued() view returns(uint256)
func (marketplace *Marketplace) TryPackFeesAccrued() ([]byte, error) {
	return marketplace.abi.Pack("feesAccrued")
}

// UnpackFeesAccrued is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94db0595.
//
// Solidity: function feesAccrued() view returns(uint256)
func (marketplace *Marketplace) UnpackFeesAccrued(data []byte) (*big.Int, error) {
	out, err := marketplace.abi.Unpack("feesAccrued", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHasBought is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cb04aef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasBought(uint256 tokenId, address account) view returns(bool)
func (marketplace *Marketplace) PackHasBought(tokenId *big.Int, account common.Address) []byte {
	enc, err := marketplace.abi.Pack("hasBought", tokenId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasBought is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cb04aef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasBought(uint256 tokenId, address account) view returns(bool)
func (marketplace *Marketplace) TryPackHasBought(tokenId *big.Int, account common.Address) ([]byte, error) {
	return marketplace.abi.Pack("hasBought", tokenId, account)
}

// UnpackHasBought is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9cb04aef.
//
// Solidity: function hasBought(uint256 tokenId, address account) view returns(bool)
func (marketplace *Marketplace) UnpackHasBought(data []byte) (bool, error) {
	out, err := marketplace.abi.Unpack("hasBought", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50fd7367.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function list(uint256 tokenId, uint256 price) returns()
func (marketplace *Marketplace) PackList(tokenId *big.Int, price *big.Int) []byte {
	enc, err := marketplace.abi.Pack("list", tokenId, price)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50fd7367.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function list(uint256 tokenId, uint256 price) returns()
func (marketplace *Marketplace) TryPackList(tokenId *big.Int, price *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("list", tokenId, price)
}

// PackListingOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3404981.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function listingOf(uint256 tokenId) view returns(bool listed, address seller, uint256 price)
func (marketplace *Marketplace) PackListingOf(tokenId *big.Int) []byte {
	enc, err := marketplace.abi.Pack("listingOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackListingOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3404981.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function listingOf(uint256 tokenId) view returns(bool listed, address seller, uint256 price)
func (marketplace *Marketplace) TryPackListingOf(tokenId *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("listingOf", tokenId)
}

// ListingOfOutput serves as a container for the return parameters of contract
// method ListingOf.
type ListingOfOutput struct {
	Listed bool
	Seller common.Address
	Price  *big.Int
}

// UnpackListingOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3404981.
//
// Solidity: function listingOf(uint256 tokenId) view returns(bool listed, address seller, uint256 price)
func (marketplace *Marketplace) UnpackListingOf(data []byte) (ListingOfOutput, error) {
	out, err := marketplace.abi.Unpack("listingOf", data)
	outstruct := new(ListingOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Listed = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Seller = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.Price = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackMaxFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf769a3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxFeeBps() view returns(uint16)
func (marketplace *Marketplace) PackMaxFeeBps() []byte {
	enc, err := marketplace.abi.Pack("maxFeeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf769a3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxFeeBps() view returns(uint16)
func (marketplace *Marketplace) TryPackMaxFeeBps() ([]byte, error) {
	return marketplace.abi.Pack("maxFeeBps")
}

// UnpackMaxFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf769a3f.
//
// Solidity: function maxFeeBps() view returns(uint16)
func (marketplace *Marketplace) UnpackMaxFeeBps(data []byte) (uint16, error) {
	out, err := marketplace.abi.Unpack("maxFeeBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackNft is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47ccca02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nft() view returns(address)
func (marketplace *Marketplace) PackNft() []byte {
	enc, err := marketplace.abi.Pack("nft")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNft is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47ccca02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nft() view returns(address)
func (marketplace *Marketplace) TryPackNft() ([]byte, error) {
	return marketplace.abi.Pack("nft")
}

// UnpackNft is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x47ccca02.
//
// Solidity: function nft() view returns(address)
func (marketplace *Marketplace) UnpackNft(data []byte) (common.Address, error) {
	out, err := marketplace.abi.Unpack("nft", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (marketplace *Marketplace) PackOwner() []byte {
	enc, err := marketplace.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (marketplace *Marketplace) TryPackOwner() ([]byte, error) {
	return marketplace.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (marketplace *Marketplace) UnpackOwner(data []byte) (common.Address, error) {
	out, err := marketplace.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (marketplace *Marketplace) PackPause() []byte {
	enc, err := marketplace.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (marketplace *Marketplace) TryPackPause() ([]byte, error) {
	return marketplace.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (marketplace *Marketplace) PackPaused() []byte {
	enc, err := marketplace.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (marketplace *Marketplace) TryPackPaused() ([]byte, error) {
	return marketplace.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (marketplace *Marketplace) UnpackPaused(data []byte) (bool, error) {
	out, err := marketplace.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (marketplace *Marketplace) PackPendingOwner() []byte {
	enc, err := marketplace.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (marketplace *Marketplace) TryPackPendingOwner() ([]byte, error) {
	return marketplace.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (marketplace *Marketplace) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := marketplace.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (marketplace *Marketplace) PackRenounceOwnership() []byte {
	enc, err := marketplace.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (marketplace *Marketplace) TryPackRenounceOwnership() ([]byte, error) {
	return marketplace.abi.Pack("renounceOwnership")
}

// PackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e005553.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFee(uint16 newFeeBps) returns()
func (marketplace *Marketplace) PackSetFee(newFeeBps uint16) []byte {
	enc, err := marketplace.abi.Pack("setFee", newFeeBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e005553.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFee(uint16 newFeeBps) returns()
func (marketplace *Marketplace) TryPackSetFee(newFeeBps uint16) ([]byte, error) {
	return marketplace.abi.Pack("setFee", newFeeBps)
}

// PackSetFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe74b981b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeeRecipient(address newRecipient) returns()
func (marketplace *Marketplace) PackSetFeeRecipient(newRecipient common.Address) []byte {
	enc, err := marketplace.abi.Pack("setFeeRecipient", newRecipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe74b981b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeeRecipient(address newRecipient) returns()
func (marketplace *Marketplace) TryPackSetFeeRecipient(newRecipient common.Address) ([]byte, error) {
	return marketplace.abi.Pack("setFeeRecipient", newRecipient)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (marketplace *Marketplace) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := marketplace.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (marketplace *Marketplace) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return marketplace.abi.Pack("transferOwnership", newOwner)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (marketplace *Marketplace) PackUnpause() []byte {
	enc, err := marketplace.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (marketplace *Marketplace) TryPackUnpause() ([]byte, error) {
	return marketplace.abi.Pack("unpause")
}

// PackUpdatePrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82367b2d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updatePrice(uint256 tokenId, uint256 newPrice) returns()
func (marketplace *Marketplace) PackUpdatePrice(tokenId *big.Int, newPrice *big.Int) []byte {
	enc, err := marketplace.abi.Pack("updatePrice", tokenId, newPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdatePrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82367b2d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updatePrice(uint256 tokenId, uint256 newPrice) returns()
func (marketplace *Marketplace) TryPackUpdatePrice(tokenId *big.Int, newPrice *big.Int) ([]byte, error) {
	return marketplace.abi.Pack("updatePrice", tokenId, newPrice)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (marketplace *Marketplace) PackWithdraw() []byte {
	enc, err := marketplace.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (marketplace *Marketplace) TryPackWithdraw() ([]byte, error) {
	return marketplace.abi.Pack("withdraw")
}

// PackWithdrawFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x476343ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawFees() returns()
func (marketplace *Marketplace) PackWithdrawFees() []byte {
	enc, err := marketplace.abi.Pack("withdrawFees")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x476343ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawFees() returns()
func (marketplace *Marketplace) TryPackWithdrawFees() ([]byte, error) {
	return marketplace.abi.Pack("withdrawFees")
}

// PackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72b0d90c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawTo(address to) returns()
func (marketplace *Marketplace) PackWithdrawTo(to common.Address) []byte {
	enc, err := marketplace.abi.Pack("withdrawTo", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72b0d90c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawTo(address to) returns()
func (marketplace *Marketplace) TryPackWithdrawTo(to common.Address) ([]byte, error) {
	return marketplace.abi.Pack("withdrawTo", to)
}

// MarketplaceCancelled represents a Cancelled event raised by the Marketplace contract.
type MarketplaceCancelled struct {
	TokenId *big.Int
	Seller  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketplaceCancelledEventName = "Cancelled"

// ContractEventName returns the user-defined event name.
func (MarketplaceCancelled) ContractEventName() string {
	return MarketplaceCancelledEventName
}

// UnpackCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Cancelled(uint256 indexed tokenId, address indexed seller)
func (marketplace *Marketplace) UnpackCancelledEvent(log *types.Log) (*MarketplaceCancelled, error) {
	event := "Cancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceCancelled)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceCredited represents a Credited event raised by the Marketplace contract.
type MarketplaceCredited struct {
	Payee  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketplaceCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (MarketplaceCredited) ContractEventName() string {
	return MarketplaceCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(address indexed payee, uint256 amount)
func (marketplace *Marketplace) UnpackCreditedEvent(log *types.Log) (*MarketplaceCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceCredited)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceFeeChanged represents a FeeChanged event raised by the Marketplace contract.
type MarketplaceFeeChanged struct {
	OldFeeBps uint16
	NewFeeBps uint16
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceFeeChangedEventName = "FeeChanged"

// ContractEventName returns the user-defined event name.
func (MarketplaceFeeChanged) ContractEventName() string {
	return MarketplaceFeeChangedEventName
}

// UnpackFeeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeChanged(uint16 oldFeeBps, uint16 newFeeBps)
func (marketplace *Marketplace) UnpackFeeChangedEvent(log *types.Log) (*MarketplaceFeeChanged, error) {
	event := "FeeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceFeeChanged)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceFeeRecipientChanged represents a FeeRecipientChanged event raised by the Marketplace contract.
type MarketplaceFeeRecipientChanged struct {
	OldRecipient common.Address
	NewRecipient common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const MarketplaceFeeRecipientChangedEventName = "FeeRecipientChanged"

// ContractEventName returns the user-defined event name.
func (MarketplaceFeeRecipientChanged) ContractEventName() string {
	return MarketplaceFeeRecipientChangedEventName
}

// UnpackFeeRecipientChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeRecipientChanged(address oldRecipient, address newRecipient)
func (marketplace *Marketplace) UnpackFeeRecipientChangedEvent(log *types.Log) (*MarketplaceFeeRecipientChanged, error) {
	event := "FeeRecipientChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceFeeRecipientChanged)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceFeesWithdrawn represents a FeesWithdrawn event raised by the Marketplace contract.
type MarketplaceFeesWithdrawn struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketplaceFeesWithdrawnEventName = "FeesWithdrawn"

// ContractEventName returns the user-defined event name.
func (MarketplaceFeesWithdrawn) ContractEventName() string {
	return MarketplaceFeesWithdrawnEventName
}

// UnpackFeesWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesWithdrawn(address indexed to, uint256 amount)
func (marketplace *Marketplace) UnpackFeesWithdrawnEvent(log *types.Log) (*MarketplaceFeesWithdrawn, error) {
	event := "FeesWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceFeesWithdrawn)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceListed represents a Listed event raised by the Marketplace contract.
type MarketplaceListed struct {
	TokenId *big.Int
	Seller  common.Address
	Price   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketplaceListedEventName = "Listed"

// ContractEventName returns the user-defined event name.
func (MarketplaceListed) ContractEventName() string {
	return MarketplaceListedEventName
}

// UnpackListedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Listed(uint256 indexed tokenId, address indexed seller, uint256 price)
func (marketplace *Marketplace) UnpackListedEvent(log *types.Log) (*MarketplaceListed, error) {
	event := "Listed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceListed)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the Marketplace contract.
type MarketplaceOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const MarketplaceOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (MarketplaceOwnershipTransferStarted) ContractEventName() string {
	return MarketplaceOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (marketplace *Marketplace) UnpackOwnershipTransferStartedEvent(log *types.Log) (*MarketplaceOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceOwnershipTransferred represents a OwnershipTransferred event raised by the Marketplace contract.
type MarketplaceOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const MarketplaceOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (MarketplaceOwnershipTransferred) ContractEventName() string {
	return MarketplaceOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (marketplace *Marketplace) UnpackOwnershipTransferredEvent(log *types.Log) (*MarketplaceOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplacePaused represents a Paused event raised by the Marketplace contract.
type MarketplacePaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketplacePausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (MarketplacePaused) ContractEventName() string {
	return MarketplacePausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (marketplace *Marketplace) UnpackPausedEvent(log *types.Log) (*MarketplacePaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplacePaused)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplacePriceUpdated represents a PriceUpdated event raised by the Marketplace contract.
type MarketplacePriceUpdated struct {
	TokenId  *big.Int
	Seller   common.Address
	OldPrice *big.Int
	NewPrice *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplacePriceUpdatedEventName = "PriceUpdated"

// ContractEventName returns the user-defined event name.
func (MarketplacePriceUpdated) ContractEventName() string {
	return MarketplacePriceUpdatedEventName
}

// UnpackPriceUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PriceUpdated(uint256 indexed tokenId, address indexed seller, uint256 oldPrice, uint256 newPrice)
func (marketplace *Marketplace) UnpackPriceUpdatedEvent(log *types.Log) (*MarketplacePriceUpdated, error) {
	event := "PriceUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplacePriceUpdated)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceSold represents a Sold event raised by the Marketplace contract.
type MarketplaceSold struct {
	TokenId         *big.Int
	Seller          common.Address
	Buyer           common.Address
	Price           *big.Int
	RoyaltyReceiver common.Address
	Royalty         *big.Int
	Fee             *big.Int
	SellerAmount    *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const MarketplaceSoldEventName = "Sold"

// ContractEventName returns the user-defined event name.
func (MarketplaceSold) ContractEventName() string {
	return MarketplaceSoldEventName
}

// UnpackSoldEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Sold(uint256 indexed tokenId, address indexed seller, address indexed buyer, uint256 price, address royaltyReceiver, uint256 royalty, uint256 fee, uint256 sellerAmount)
func (marketplace *Marketplace) UnpackSoldEvent(log *types.Log) (*MarketplaceSold, error) {
	event := "Sold"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceSold)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceUnpaused represents a Unpaused event raised by the Marketplace contract.
type MarketplaceUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketplaceUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (MarketplaceUnpaused) ContractEventName() string {
	return MarketplaceUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (marketplace *Marketplace) UnpackUnpausedEvent(log *types.Log) (*MarketplaceUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceUnpaused)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceWithdrawn represents a Withdrawn event raised by the Marketplace contract.
type MarketplaceWithdrawn struct {
	Payee  common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketplaceWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (MarketplaceWithdrawn) ContractEventName() string {
	return MarketplaceWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed payee, address indexed to, uint256 amount)
func (marketplace *Marketplace) UnpackWithdrawnEvent(log *types.Log) (*MarketplaceWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceWithdrawn)
	if len(log.Data) > 0 {
		if err := marketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (marketplace *Marketplace) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], marketplace.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return marketplace.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return marketplace.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["FeeAboveCap"].ID.Bytes()[:4]) {
		return marketplace.UnpackFeeAboveCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["FeeIncreased"].ID.Bytes()[:4]) {
		return marketplace.UnpackFeeIncreasedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidFeeRecipient"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidFeeRecipientError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["InvalidPrice"].ID.Bytes()[:4]) {
		return marketplace.UnpackInvalidPriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["MarketNotApproved"].ID.Bytes()[:4]) {
		return marketplace.UnpackMarketNotApprovedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NotListed"].ID.Bytes()[:4]) {
		return marketplace.UnpackNotListedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NotTokenOwner"].ID.Bytes()[:4]) {
		return marketplace.UnpackNotTokenOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return marketplace.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return marketplace.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return marketplace.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["PriceChanged"].ID.Bytes()[:4]) {
		return marketplace.UnpackPriceChangedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return marketplace.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["StaleListing"].ID.Bytes()[:4]) {
		return marketplace.UnpackStaleListingError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["WithdrawFailed"].ID.Bytes()[:4]) {
		return marketplace.UnpackWithdrawFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplace.abi.Errors["WrongPayment"].ID.Bytes()[:4]) {
		return marketplace.UnpackWrongPaymentError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MarketplaceEnforcedPause represents a EnforcedPause error raised by the Marketplace contract.
type MarketplaceEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func MarketplaceEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (marketplace *Marketplace) UnpackEnforcedPauseError(raw []byte) (*MarketplaceEnforcedPause, error) {
	out := new(MarketplaceEnforcedPause)
	if err := marketplace.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceExpectedPause represents a ExpectedPause error raised by the Marketplace contract.
type MarketplaceExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func MarketplaceExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (marketplace *Marketplace) UnpackExpectedPauseError(raw []byte) (*MarketplaceExpectedPause, error) {
	out := new(MarketplaceExpectedPause)
	if err := marketplace.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceFeeAboveCap represents a FeeAboveCap error raised by the Marketplace contract.
type MarketplaceFeeAboveCap struct {
	FeeBps    uint16
	MaxFeeBps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeAboveCap(uint16 feeBps, uint16 maxFeeBps)
func MarketplaceFeeAboveCapErrorID() common.Hash {
	return common.HexToHash("0x5ccbf4a5ae5145f422bfe1c04725b5e32466948d67befa7c855f7b4fb9997043")
}

// UnpackFeeAboveCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeAboveCap(uint16 feeBps, uint16 maxFeeBps)
func (marketplace *Marketplace) UnpackFeeAboveCapError(raw []byte) (*MarketplaceFeeAboveCap, error) {
	out := new(MarketplaceFeeAboveCap)
	if err := marketplace.abi.UnpackIntoInterface(out, "FeeAboveCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceFeeIncreased represents a FeeIncreased error raised by the Marketplace contract.
type MarketplaceFeeIncreased struct {
	MaxFeeBps uint16
	FeeBps    uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeIncreased(uint16 maxFeeBps, uint16 feeBps)
func MarketplaceFeeIncreasedErrorID() common.Hash {
	return common.HexToHash("0x40b59b02fa78b1fecc495828c32b4b2bbf7f193a51d8b890a95dd2c481f645aa")
}

// UnpackFeeIncreasedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeIncreased(uint16 maxFeeBps, uint16 feeBps)
func (marketplace *Marketplace) UnpackFeeIncreasedError(raw []byte) (*MarketplaceFeeIncreased, error) {
	out := new(MarketplaceFeeIncreased)
	if err := marketplace.abi.UnpackIntoInterface(out, "FeeIncreased", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidFeeRecipient represents a InvalidFeeRecipient error raised by the Marketplace contract.
type MarketplaceInvalidFeeRecipient struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidFeeRecipient()
func MarketplaceInvalidFeeRecipientErrorID() common.Hash {
	return common.HexToHash("0x768dc598040f8a15186549e30e61f63c67b0dcea435dcc58af3b3815a00be04a")
}

// UnpackInvalidFeeRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidFeeRecipient()
func (marketplace *Marketplace) UnpackInvalidFeeRecipientError(raw []byte) (*MarketplaceInvalidFeeRecipient, error) {
	out := new(MarketplaceInvalidFeeRecipient)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidFeeRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceInvalidPrice represents a InvalidPrice error raised by the Marketplace contract.
type MarketplaceInvalidPrice struct {
	Price *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPrice(uint256 price)
func MarketplaceInvalidPriceErrorID() common.Hash {
	return common.HexToHash("0xf9632e86117232f3d3aed09e5032ecedc059ebc17aa5938c7d50b42d464c3d24")
}

// UnpackInvalidPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPrice(uint256 price)
func (marketplace *Marketplace) UnpackInvalidPriceError(raw []byte) (*MarketplaceInvalidPrice, error) {
	out := new(MarketplaceInvalidPrice)
	if err := marketplace.abi.UnpackIntoInterface(out, "InvalidPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceMarketNotApproved represents a MarketNotApproved error raised by the Marketplace contract.
type MarketplaceMarketNotApproved struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MarketNotApproved(uint256 tokenId)
func MarketplaceMarketNotApprovedErrorID() common.Hash {
	return common.HexToHash("0x3f57376dd8ce29b730aa57f067e74dee467cc2455cf684cae73e400810dffc24")
}

// UnpackMarketNotApprovedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MarketNotApproved(uint256 tokenId)
func (marketplace *Marketplace) UnpackMarketNotApprovedError(raw []byte) (*MarketplaceMarketNotApproved, error) {
	out := new(MarketplaceMarketNotApproved)
	if err := marketplace.abi.UnpackIntoInterface(out, "MarketNotApproved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNotListed represents a NotListed error raised by the Marketplace contract.
type MarketplaceNotListed struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotListed(uint256 tokenId)
func MarketplaceNotListedErrorID() common.Hash {
	return common.HexToHash("0xd176cea0d27fd63dcbcf21630f5c3452bee00c238c2ad1142db4ae64e0f26fd0")
}

// UnpackNotListedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotListed(uint256 tokenId)
func (marketplace *Marketplace) UnpackNotListedError(raw []byte) (*MarketplaceNotListed, error) {
	out := new(MarketplaceNotListed)
	if err := marketplace.abi.UnpackIntoInterface(out, "NotListed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNotTokenOwner represents a NotTokenOwner error raised by the Marketplace contract.
type MarketplaceNotTokenOwner struct {
	TokenId *big.Int
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTokenOwner(uint256 tokenId, address account)
func MarketplaceNotTokenOwnerErrorID() common.Hash {
	return common.HexToHash("0x6d3d18585f3e1732cc93a3986f35902be5466653aec52877015b8d89b025a053")
}

// UnpackNotTokenOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTokenOwner(uint256 tokenId, address account)
func (marketplace *Marketplace) UnpackNotTokenOwnerError(raw []byte) (*MarketplaceNotTokenOwner, error) {
	out := new(MarketplaceNotTokenOwner)
	if err := marketplace.abi.UnpackIntoInterface(out, "NotTokenOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceNothingToWithdraw represents a NothingToWithdraw error raised by the Marketplace contract.
type MarketplaceNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func MarketplaceNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (marketplace *Marketplace) UnpackNothingToWithdrawError(raw []byte) (*MarketplaceNothingToWithdraw, error) {
	out := new(MarketplaceNothingToWithdraw)
	if err := marketplace.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the Marketplace contract.
type MarketplaceOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func MarketplaceOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (marketplace *Marketplace) UnpackOwnableInvalidOwnerError(raw []byte) (*MarketplaceOwnableInvalidOwner, error) {
	out := new(MarketplaceOwnableInvalidOwner)
	if err := marketplace.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the Marketplace contract.
type MarketplaceOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func MarketplaceOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (marketplace *Marketplace) UnpackOwnableUnauthorizedAccountError(raw []byte) (*MarketplaceOwnableUnauthorizedAccount, error) {
	out := new(MarketplaceOwnableUnauthorizedAccount)
	if err := marketplace.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplacePriceChanged represents a PriceChanged error raised by the Marketplace contract.
type MarketplacePriceChanged struct {
	TokenId       *big.Int
	ExpectedPrice *big.Int
	Price         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceChanged(uint256 tokenId, uint256 expectedPrice, uint256 price)
func MarketplacePriceChangedErrorID() common.Hash {
	return common.HexToHash("0x2bce37c591c5b0d254c3056688b080a088f160fff82b6e79f456c8a20d5570f6")
}

// UnpackPriceChangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceChanged(uint256 tokenId, uint256 expectedPrice, uint256 price)
func (marketplace *Marketplace) UnpackPriceChangedError(raw []byte) (*MarketplacePriceChanged, error) {
	out := new(MarketplacePriceChanged)
	if err := marketplace.abi.UnpackIntoInterface(out, "PriceChanged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Marketplace contract.
type MarketplaceReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func MarketplaceReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (marketplace *Marketplace) UnpackReentrancyGuardReentrantCallError(raw []byte) (*MarketplaceReentrancyGuardReentrantCall, error) {
	out := new(MarketplaceReentrancyGuardReentrantCall)
	if err := marketplace.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceStaleListing represents a StaleListing error raised by the Marketplace contract.
type MarketplaceStaleListing struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleListing(uint256 tokenId)
func MarketplaceStaleListingErrorID() common.Hash {
	return common.HexToHash("0xc07065ce918f1f0c27c57c0a97d4cf0d67bf2180734ca54576950dd78de12aef")
}

// UnpackStaleListingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleListing(uint256 tokenId)
func (marketplace *Marketplace) UnpackStaleListingError(raw []byte) (*MarketplaceStaleListing, error) {
	out := new(MarketplaceStaleListing)
	if err := marketplace.abi.UnpackIntoInterface(out, "StaleListing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceWithdrawFailed represents a WithdrawFailed error raised by the Marketplace contract.
type MarketplaceWithdrawFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawFailed(address to, uint256 amount)
func MarketplaceWithdrawFailedErrorID() common.Hash {
	return common.HexToHash("0xa2269912b47133fae1d7f448c9284ea248951ac29b8c7c41d301f8721a38d10d")
}

// UnpackWithdrawFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawFailed(address to, uint256 amount)
func (marketplace *Marketplace) UnpackWithdrawFailedError(raw []byte) (*MarketplaceWithdrawFailed, error) {
	out := new(MarketplaceWithdrawFailed)
	if err := marketplace.abi.UnpackIntoInterface(out, "WithdrawFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceWrongPayment represents a WrongPayment error raised by the Marketplace contract.
type MarketplaceWrongPayment struct {
	Price *big.Int
	Sent  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPayment(uint256 price, uint256 sent)
func MarketplaceWrongPaymentErrorID() common.Hash {
	return common.HexToHash("0x0dd32d1c3ef0af2f42e38a7f633c5c154da0aa1d3a58e8dcd04bcd6fb310ac9d")
}

// UnpackWrongPaymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPayment(uint256 price, uint256 sent)
func (marketplace *Marketplace) UnpackWrongPaymentError(raw []byte) (*MarketplaceWrongPayment, error) {
	out := new(MarketplaceWrongPayment)
	if err := marketplace.abi.UnpackIntoInterface(out, "WrongPayment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTMetaData contains all meta data concerning the ModelNFT contract.
var ModelNFTMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyDigest\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidCID\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRoyaltyReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotTokenOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxRoyaltyBps\",\"type\":\"uint16\"}],\"name\":\"RoyaltyTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"VersionNotFound\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_fromTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_toTokenId\",\"type\":\"uint256\"}],\"name\":\"BatchMetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_tokenId\",\"type\":\"uint256\"}],\"name\":\"MetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"cid\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"royaltyReceiver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"}],\"name\":\"Minted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"OperatorAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"cid\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"note\",\"type\":\"string\"}],\"name\":\"VersionPublished\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_ROYALTY_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"allowedOperators\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"creatorOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"cid\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"royaltyReceiver\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"operatorState\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"transfers\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"cid\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"note\",\"type\":\"string\"}],\"name\":\"publishVersion\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"salePrice\",\"type\":\"uint256\"}],\"name\":\"royaltyInfo\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"saleInfo\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"transfers\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"royaltyReceiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"royaltyAmount\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setOperatorAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"version\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"cid\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"versionCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ModelNFT",
	Bin: "0x60806040526001600255348015610014575f5ffd5b50604051612b51380380612b51833981016040819052610033916100dc565b806001600160a01b03811661006157604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61006a81610071565b5050610109565b600180546001600160a01b031916905561008a8161008d565b50565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f602082840312156100ec575f5ffd5b81516001600160a01b0381168114610102575f5ffd5b9392505050565b612a3b806101165f395ff3fe608060405234801561000f575f5ffd5b50600436106101d1575f3560e01c8063715018a6116100fe578063a2fcd9ff1161009e578063e30c39781161006e578063e30c3978146104e4578063e985e9c5146104f5578063ec02ef5714610508578063f2fde38b14610530575f5ffd5b8063a2fcd9ff14610489578063a6674f881461049c578063b88d4fde146104be578063c87b56dd146104d1575f5ffd5b80638da5cb5b116100d95780638da5cb5b146103e35780638e945e3b146103f357806395d89b411461043d578063a22cb46514610476575f5ffd5b8063715018a6146103b257806379ba5097146103ba5780637f3fa9e1146103c2575f5ffd5b80632a55205a11610174578063589a174311610144578063589a17431461033a57806361f7c5561461034d5780636352211e1461038c57806370a082311461039f575f5ffd5b80632a55205a146102c657806330de0370146102f85780633dca40e61461030b57806342842e0e14610327575f5ffd5b8063081812fc116101af578063081812fc14610260578063095ea7b31461028b57806323b872dd146102a05780632562b868146102b3575f5ffd5b806301ffc9a7146101d557806303190e6d146101fd57806306fdde031461021e575b5f5ffd5b6101e86101e33660046123d9565b610543565b60405190151581526020015b60405180910390f35b61021061020b3660046123f4565b6106bf565b6040519081526020016101f4565b60408051808201909152600b81527f4d6f64656c4d61726b657400000000000000000000000000000000000000000060208201525b6040516101f49190612457565b61027361026e3660046123f4565b6106d9565b6040516001600160a01b0390911681526020016101f4565b61029e61029936600461247f565b610778565b005b61029e6102ae3660046124a7565b610914565b6102106102c136600461251f565b610c10565b6102d96102d43660046125a1565b6110ba565b604080516001600160a01b0390931683526020830191909152016101f4565b61029e6103063660046125c1565b6110db565b6103146103e881565b60405161ffff90911681526020016101f4565b61029e6103353660046124a7565b61115f565b6102736103483660046123f4565b611189565b61036061035b3660046125fa565b6111af565b604080516001600160a01b03909416845263ffffffff90921660208401521515908201526060016101f4565b61027361039a3660046123f4565b6111e1565b6102106103ad366004612624565b6111f2565b61029e611250565b61029e611263565b6103d56103d03660046125a1565b6112c0565b6040516101f492919061263d565b5f546001600160a01b0316610273565b6104066104013660046125a1565b611382565b604080516001600160a01b03958616815263ffffffff949094166020850152919093169082015260608101919091526080016101f4565b60408051808201909152600581527f4d4f44454c0000000000000000000000000000000000000000000000000000006020820152610253565b61029e6104843660046125c1565b6113b5565b61029e61049736600461265e565b6114a5565b6101e86104aa366004612624565b600b6020525f908152604090205460ff1681565b61029e6104cc3660046126e0565b611738565b6102536104df3660046123f4565b61178b565b6001546001600160a01b0316610273565b6101e861050336600461274a565b6117c9565b61051b6105163660046123f4565b61181a565b60405163ffffffff90911681526020016101f4565b61029e61053e366004612624565b61182e565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f01ffc9a70000000000000000000000000000000000000000000000000000000014806105d557507fffffffff0000000000000000000000000000000000000000000000000000000082167f80ac58cd00000000000000000000000000000000000000000000000000000000145b8061062157507fffffffff0000000000000000000000000000000000000000000000000000000082167f5b5e139f00000000000000000000000000000000000000000000000000000000145b8061066d57507fffffffff0000000000000000000000000000000000000000000000000000000082167f2a55205a00000000000000000000000000000000000000000000000000000000145b806106b957507fffffffff0000000000000000000000000000000000000000000000000000000082167f4906490600000000000000000000000000000000000000000000000000000000145b92915050565b5f6106c9826118b6565b6040015163ffffffff1692915050565b5f5f6106e4836118b6565b5f848152600960209081526040918290208251808401909352546001600160a01b038116835263ffffffff740100000000000000000000000000000000000000009091048116838301819052918401519394509192909116141580610762575080516001600160a01b03165f908152600b602052604090205460ff16155b1561077057505f9392505050565b519392505050565b5f610782826118b6565b80519091506001600160a01b031633148015906107a8575080516107a690336117c9565b155b156107e6576040517fa9fbf51f0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b6001600160a01b0383161580159061081657506001600160a01b0383165f908152600b602052604090205460ff16155b15610858576040517fede71dcc0000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024016107dd565b6040805180820182526001600160a01b0380861680835260208581015163ffffffff9081168286019081525f898152600990935286832095518654915190921674010000000000000000000000000000000000000000027fffffffffffffffff0000000000000000000000000000000000000000000000009091169185169190911717909355845193518694919391909216917f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9259190a4505050565b6001600160a01b038216610956576040517f64a0ae920000000000000000000000000000000000000000000000000000000081525f60048201526024016107dd565b5f610960826118b6565b9050836001600160a01b0316815f01516001600160a01b0316146109cd5780516040517f64283d7b0000000000000000000000000000000000000000000000000000000081526001600160a01b0380871660048301526024820185905290911660448201526064016107dd565b336001600160a01b038516148015906109f357506109f184338484602001516119ea565b155b15610a33576040517f177e802f000000000000000000000000000000000000000000000000000000008152336004820152602481018390526044016107dd565b6001600160a01b038085165f81815260086020908152604080832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff01905587851680845281842080546001908101909155878401805163ffffffff92018216815282895289865260039094528285208851815495518a86015160608c015160808d015115157e01000000000000000000000000000000000000000000000000000000000000027fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff61ffff9092167c0100000000000000000000000000000000000000000000000000000000027fffff0000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff938816780100000000000000000000000000000000000000000000000002939093167fffff000000000000ffffffffffffffffffffffffffffffffffffffffffffffff9490971674010000000000000000000000000000000000000000027fffffffffffffffff000000000000000000000000000000000000000000000000909a1694909c169390931797909717169290921794909417169590951790915551859392917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a450505050565b5f6001600160a01b038716610c53576040517f64a0ae920000000000000000000000000000000000000000000000000000000081525f60048201526024016107dd565b6103e861ffff83161115610ca1576040517f5c7ee13b00000000000000000000000000000000000000000000000000000000815261ffff831660048201526103e860248201526044016107dd565b61ffff821615801590610cbb57506001600160a01b038316155b15610cf2576040517fa54a72c000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b83610d29576040517f73ca609700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f610d358888611ae0565b6002805460018082019092556001600160a01b038d165f90815260086020526040812080549093019092559550919350915061ffff851615801590610d8357506001600160a01b0386163314155b6040805160a0810182526001600160a01b03808e1682525f6020808401828152600185870190815261ffff808e16606088019081528915801560808a019081528f8852600387528a882099518a54965195519351915115157e01000000000000000000000000000000000000000000000000000000000000027fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff929095167c0100000000000000000000000000000000000000000000000000000000027fffff0000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff63ffffffff958616780100000000000000000000000000000000000000000000000002167fffff000000000000ffffffffffffffffffffffffffffffffffffffffffffffff9790951674010000000000000000000000000000000000000000027fffffffffffffffff00000000000000000000000000000000000000000000000090981691909a1617959095179390931617959095179190911693909317909355600490925291902080547fffffffffffffffffffffffff00000000000000000000000000000000000000001633179055909150610f78575f84815260056020526040902080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0388161790555b60408051808201825284815260208082018a81525f8881526006835284812081805290925292902090518155905160019091015568ffffffffffffffffff82166804000000000155122014611013575f848152600760209081526040808320838052909152902080547fffffffffffffffffffffffffffffffffffffffffffffff0000000000000000001668ffffffffffffffffff84161790555b60405184906001600160a01b038c16905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef908290a4336001600160a01b031687857f7a981476c663497570cdd9fe7fbf3ea040f3184908ef03a48fafe636da9d56968c8c8b8b60405161108b94939291906127b9565b60405180910390a46110ad5f8b8660405180602001604052805f815250611cc0565b5050509695505050505050565b5f5f6110cf846110c9866118b6565b85611e7f565b915091505b9250929050565b6110e3611f0a565b6001600160a01b0382165f818152600b602090815260409182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001685151590811790915591519182527f5d9603027afffb9569796fb6d9fc189bbf68724bd0430924681595302758b4f0910160405180910390a25050565b61116a838383610914565b61118483838360405180602001604052805f815250611cc0565b505050565b5f611193826118b6565b50505f908152600460205260409020546001600160a01b031690565b5f5f5f5f6111bc866118b6565b80516020820151919250906111d382888a846119ea565b935093509350509250925092565b5f6111eb826118b6565b5192915050565b5f6001600160a01b038216611235576040517f89c62b640000000000000000000000000000000000000000000000000000000081525f60048201526024016107dd565b506001600160a01b03165f9081526008602052604090205490565b611258611f0a565b6112615f611f4f565b565b60015433906001600160a01b031681146112b4576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016107dd565b6112bd81611f4f565b50565b60605f6112cc846118b6565b6040015163ffffffff168310611318576040517f691f53cc00000000000000000000000000000000000000000000000000000000815260048101859052602481018490526044016107dd565b5f8481526006602090815260408083208684528252808320878452600783528184208785529092529091205468ffffffffffffffffff16611370811561135e5781611369565b680400000000015512205b8354611f80565b93508160010154925050509250929050565b5f5f5f5f5f611390876118b6565b905061139d878288611e7f565b82516020909301519299929850909650945092505050565b8080156113da57506001600160a01b0382165f908152600b602052604090205460ff16155b1561141c576040517fede71dcc0000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024016107dd565b335f818152600a602090815260408083206001600160a01b0387168085529083529281902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001686151590811790915590519081529192917f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a35050565b5f86815260036020526040902080546001600160a01b0316806114f7576040517f7e273289000000000000000000000000000000000000000000000000000000008152600481018990526024016107dd565b6001600160a01b0381163314611542576040517f6d3d1858000000000000000000000000000000000000000000000000000000008152600481018990523360248201526044016107dd565b84611579576040517f73ca609700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f6115858989611ae0565b915091505f845f0160189054906101000a900463ffffffff16905060405180604001604052808481526020018981525060065f8d81526020019081526020015f205f8363ffffffff1681526020019081526020015f205f820151815f0155602082015181600101559050506804000000000155122068ffffffffffffffffff168268ffffffffffffffffff1614611668575f8b815260076020908152604080832063ffffffff85168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffff0000000000000000001668ffffffffffffffffff84161790555b84547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1678010000000000000000000000000000000000000000000000006001830163ffffffff160217855560405188908c907f900a6be54486f866e4d7c3f1f7e20dd39d4763eeae0a2228877f17093443e966906116f09085908f908f908e908e906127f0565b60405180910390a36040518b81527ff8e1a15aba9398e019f0b49df1a4fde98ee17ae345cb5f6b5e2c27f5033e8ce79060200160405180910390a15050505050505050505050565b611743858585610914565b61178485858585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611cc092505050565b5050505050565b60605f6117b683600161179d866118b6565b604001516117ab919061285b565b63ffffffff166112c0565b5090506117c28161206e565b9392505050565b6001600160a01b038083165f908152600a6020908152604080832093851683529290529081205460ff1680156117c25750506001600160a01b03165f908152600b602052604090205460ff16919050565b5f611824826118b6565b6020015192915050565b611836611f0a565b600180546001600160a01b0383167fffffffffffffffffffffffff0000000000000000000000000000000000000000909116811790915561187e5f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f81815260036020908152604091829020825160a08101845290546001600160a01b03811680835274010000000000000000000000000000000000000000820463ffffffff9081169484019490945278010000000000000000000000000000000000000000000000008204909316938201939093527c0100000000000000000000000000000000000000000000000000000000830461ffff1660608201527e0100000000000000000000000000000000000000000000000000000000000090920460ff16151560808301526119e5576040517f7e273289000000000000000000000000000000000000000000000000000000008152600481018390526024016107dd565b919050565b5f846001600160a01b0316846001600160a01b031603611a0c57506001611ad8565b6001600160a01b0384165f908152600b602052604090205460ff16611a3257505f611ad8565b6001600160a01b038086165f908152600a602090815260408083209388168352929052205460ff1615611a6757506001611ad8565b5f838152600960209081526040918290208251808401909352546001600160a01b038082168085527401000000000000000000000000000000000000000090920463ffffffff1692840192909252908616148015611ad457508263ffffffff16816020015163ffffffff16145b9150505b949350505050565b5f80826024811080611af25750602881115b15611b29576040517fe1d766f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611b35602083612877565b905085855f818110611b4957611b4961288a565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1916600160f81b141580611bd257508585611b8f600284612877565b818110611b9e57611b9e61288a565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1916601260f81b14155b80611c2857508585611be5600184612877565b818110611bf457611bf461288a565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1916602060f81b14155b15611c5f576040517fe1d766f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f805b82811015611c9557878782818110611c7c57611c7c61288a565b60089490941b919093013560f81c179150600101611c62565b50604082901b81179350611cab8683818a6128b7565b611cb4916128de565b94505050509250929050565b6001600160a01b0383163b15611e79576040517f150b7a020000000000000000000000000000000000000000000000000000000081526001600160a01b0384169063150b7a0290611d1b90339088908790879060040161291a565b6020604051808303815f875af1925050508015611d73575060408051601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0168201909252611d709181019061295a565b60015b611df3573d808015611da0576040519150601f19603f3d011682016040523d82523d5f602084013e611da5565b606091505b5080515f03611deb576040517f64a0ae920000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016107dd565b805160208201fd5b7fffffffff0000000000000000000000000000000000000000000000000000000081167f150b7a020000000000000000000000000000000000000000000000000000000014611784576040517f64a0ae920000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016107dd565b50505050565b5f5f836060015161ffff165f03611e9a57505f905080611f02565b5f8460800151611ec0575f868152600460205260409020546001600160a01b0316611ed8565b5f868152600560205260409020546001600160a01b03165b905080612710866060015161ffff1686611ef29190612975565b611efc919061298c565b92509250505b935093915050565b5f546001600160a01b03163314611261576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016107dd565b600180547fffffffffffffffffffffffff00000000000000000000000000000000000000001690556112bd81612345565b606060ff604084901c1667ffffffffffffffff8416611fa08260206129c4565b67ffffffffffffffff811115611fb857611fb86129d7565b6040519080825280601f01601f191660200182016040528015611fe2576020820181803683370190505b5092505f5b8281101561205e5780611ffb600185612877565b6120059190612877565b612010906008612975565b82901c60f81b8482815181106120285761202861288a565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a905350600101611fe7565b5050810160200191909152919050565b60605f6040518060400160405280602081526020017f6162636465666768696a6b6c6d6e6f707172737475767778797a32333435363781525090505f6005845160086120ba9190612975565b6120c59060046129c4565b6120cf919061298c565b90505f6120dd8260086129c4565b67ffffffffffffffff8111156120f5576120f56129d7565b6040519080825280601f01601f19166020018201604052801561211f576020820181803683370190505b5060408051808201909152600881527f697066733a2f2f6200000000000000000000000000000000000000000000000060208201529091505f5b60088110156121c7578181815181106121745761217461288a565b602001015160f81c60f81b8382815181106121915761219161288a565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a905350600101612159565b505f806008815b89518110156122c3578981815181106121e9576121e961288a565b60209101015160f81c600894851b179361220390846129c4565b92505b600583106122aa57612219600584612877565b9250878385901c601f16815181106122335761223361288a565b01602001517fff0000000000000000000000000000000000000000000000000000000000000016868361226581612a04565b9450815181106122775761227761288a565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a905350612206565b6122b7600180851b612877565b909316926001016121ce565b50811561233857866122d6836005612877565b84901b601f16815181106122ec576122ec61288a565b602001015160f81c60f81b8582815181106123095761230961288a565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a9053505b5092979650505050505050565b5f80546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b7fffffffff00000000000000000000000000000000000000000000000000000000811681146112bd575f5ffd5b5f602082840312156123e9575f5ffd5b81356117c2816123ac565b5f60208284031215612404575f5ffd5b5035919050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f6117c2602083018461240b565b80356001600160a01b03811681146119e5575f5ffd5b5f5f60408385031215612490575f5ffd5b61249983612469565b946020939093013593505050565b5f5f5f606084860312156124b9575f5ffd5b6124c284612469565b92506124d060208501612469565b929592945050506040919091013590565b5f5f83601f8401126124f1575f5ffd5b50813567ffffffffffffffff811115612508575f5ffd5b6020830191508360208285010111156110d4575f5ffd5b5f5f5f5f5f5f60a08789031215612534575f5ffd5b61253d87612469565b9550602087013567ffffffffffffffff811115612558575f5ffd5b61256489828a016124e1565b9096509450506040870135925061257d60608801612469565b9150608087013561ffff81168114612593575f5ffd5b809150509295509295509295565b5f5f604083850312156125b2575f5ffd5b50508035926020909101359150565b5f5f604083850312156125d2575f5ffd5b6125db83612469565b9150602083013580151581146125ef575f5ffd5b809150509250929050565b5f5f6040838503121561260b575f5ffd5b8235915061261b60208401612469565b90509250929050565b5f60208284031215612634575f5ffd5b6117c282612469565b604081525f61264f604083018561240b565b90508260208301529392505050565b5f5f5f5f5f5f60808789031215612673575f5ffd5b86359550602087013567ffffffffffffffff811115612690575f5ffd5b61269c89828a016124e1565b90965094505060408701359250606087013567ffffffffffffffff8111156126c2575f5ffd5b6126ce89828a016124e1565b979a9699509497509295939492505050565b5f5f5f5f5f608086880312156126f4575f5ffd5b6126fd86612469565b945061270b60208701612469565b935060408601359250606086013567ffffffffffffffff81111561272d575f5ffd5b612739888289016124e1565b969995985093965092949392505050565b5f5f6040838503121561275b575f5ffd5b61276483612469565b915061261b60208401612469565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b606081525f6127cc606083018688612772565b90506001600160a01b038416602083015261ffff8316604083015295945050505050565b63ffffffff86168152606060208201525f61280f606083018688612772565b8281036040840152612822818587612772565b98975050505050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b63ffffffff82811682821603908111156106b9576106b961282e565b818103818111156106b9576106b961282e565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f858511156128c5575f5ffd5b838611156128d1575f5ffd5b5050820193919092039150565b803560208310156106b9577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b6001600160a01b03851681526001600160a01b0384166020820152826040820152608060608201525f612950608083018461240b565b9695505050505050565b5f6020828403121561296a575f5ffd5b81516117c2816123ac565b80820281158282048414176106b9576106b961282e565b5f826129bf577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b808201808211156106b9576106b961282e565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203612a3457612a3461282e565b506001019056",
}

// ModelNFT is an auto generated Go binding around an Ethereum contract.
type ModelNFT struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ModelNFT) GetABI() abi.ABI {
	return c.abi
}

// NewModelNFT creates a new instance of ModelNFT.
func NewModelNFT() *ModelNFT {
	parsed, err := ModelNFTMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ModelNFT{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ModelNFT) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner) returns()
func (modelNFT *ModelNFT) PackConstructor(initialOwner common.Address) []byte {
	enc, err := modelNFT.abi.Pack("", initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXROYALTYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dca40e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ROYALTY_BPS() view returns(uint16)
func (modelNFT *ModelNFT) PackMAXROYALTYBPS() []byte {
	enc, err := modelNFT.abi.Pack("MAX_ROYALTY_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXROYALTYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dca40e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ROYALTY_BPS() view returns(uint16)
func (modelNFT *ModelNFT) TryPackMAXROYALTYBPS() ([]byte, error) {
	return modelNFT.abi.Pack("MAX_ROYALTY_BPS")
}

// UnpackMAXROYALTYBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3dca40e6.
//
// Solidity: function MAX_ROYALTY_BPS() view returns(uint16)
func (modelNFT *ModelNFT) UnpackMAXROYALTYBPS(data []byte) (uint16, error) {
	out, err := modelNFT.abi.Unpack("MAX_ROYALTY_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (modelNFT *ModelNFT) PackAcceptOwnership() []byte {
	enc, err := modelNFT.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (modelNFT *ModelNFT) TryPackAcceptOwnership() ([]byte, error) {
	return modelNFT.abi.Pack("acceptOwnership")
}

// PackAllowedOperators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6674f88.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowedOperators(address operator) view returns(bool)
func (modelNFT *ModelNFT) PackAllowedOperators(operator common.Address) []byte {
	enc, err := modelNFT.abi.Pack("allowedOperators", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowedOperators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6674f88.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowedOperators(address operator) view returns(bool)
func (modelNFT *ModelNFT) TryPackAllowedOperators(operator common.Address) ([]byte, error) {
	return modelNFT.abi.Pack("allowedOperators", operator)
}

// UnpackAllowedOperators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa6674f88.
//
// Solidity: function allowedOperators(address operator) view returns(bool)
func (modelNFT *ModelNFT) UnpackAllowedOperators(data []byte) (bool, error) {
	out, err := modelNFT.abi.Unpack("allowedOperators", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (modelNFT *ModelNFT) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := modelNFT.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (modelNFT *ModelNFT) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return modelNFT.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (modelNFT *ModelNFT) PackBalanceOf(owner common.Address) []byte {
	enc, err := modelNFT.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (modelNFT *ModelNFT) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return modelNFT.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (modelNFT *ModelNFT) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := modelNFT.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreatorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x589a1743.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function creatorOf(uint256 tokenId) view returns(address)
func (modelNFT *ModelNFT) PackCreatorOf(tokenId *big.Int) []byte {
	enc, err := modelNFT.abi.Pack("creatorOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreatorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x589a1743.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function creatorOf(uint256 tokenId) view returns(address)
func (modelNFT *ModelNFT) TryPackCreatorOf(tokenId *big.Int) ([]byte, error) {
	return modelNFT.abi.Pack("creatorOf", tokenId)
}

// UnpackCreatorOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x589a1743.
//
// Solidity: function creatorOf(uint256 tokenId) view returns(address)
func (modelNFT *ModelNFT) UnpackCreatorOf(data []byte) (common.Address, error) {
	out, err := modelNFT.abi.Unpack("creatorOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (modelNFT *ModelNFT) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := modelNFT.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (modelNFT *ModelNFT) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return modelNFT.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (modelNFT *ModelNFT) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := modelNFT.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (modelNFT *ModelNFT) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := modelNFT.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (modelNFT *ModelNFT) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return modelNFT.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (modelNFT *ModelNFT) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := modelNFT.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2562b868.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, bytes cid, bytes32 digest, address royaltyReceiver, uint16 royaltyBps) returns(uint256 tokenId)
func (modelNFT *ModelNFT) PackMint(to common.Address, cid []byte, digest [32]byte, royaltyReceiver common.Address, royaltyBps uint16) []byte {
	enc, err := modelNFT.abi.Pack("mint", to, cid, digest, royaltyReceiver, royaltyBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2562b868.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, bytes cid, bytes32 digest, address royaltyReceiver, uint16 royaltyBps) returns(uint256 tokenId)
func (modelNFT *ModelNFT) TryPackMint(to common.Address, cid []byte, digest [32]byte, royaltyReceiver common.Address, royaltyBps uint16) ([]byte, error) {
	return modelNFT.abi.Pack("mint", to, cid, digest, royaltyReceiver, royaltyBps)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2562b868.
//
// Solidity: function mint(address to, bytes cid, bytes32 digest, address royaltyReceiver, uint16 royaltyBps) returns(uint256 tokenId)
func (modelNFT *ModelNFT) UnpackMint(data []byte) (*big.Int, error) {
	out, err := modelNFT.abi.Unpack("mint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() pure returns(string)
func (modelNFT *ModelNFT) PackName() []byte {
	enc, err := modelNFT.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() pure returns(string)
func (modelNFT *ModelNFT) TryPackName() ([]byte, error) {
	return modelNFT.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() pure returns(string)
func (modelNFT *ModelNFT) UnpackName(data []byte) (string, error) {
	out, err := modelNFT.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOperatorState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61f7c556.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorState(uint256 tokenId, address operator) view returns(address owner, uint32 transfers, bool approved)
func (modelNFT *ModelNFT) PackOperatorState(tokenId *big.Int, operator common.Address) []byte {
	enc, err := modelNFT.abi.Pack("operatorState", tokenId, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperatorState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61f7c556.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operatorState(uint256 tokenId, address operator) view returns(address owner, uint32 transfers, bool approved)
func (modelNFT *ModelNFT) TryPackOperatorState(tokenId *big.Int, operator common.Address) ([]byte, error) {
	return modelNFT.abi.Pack("operatorState", tokenId, operator)
}

// OperatorStateOutput serves as a container for the return parameters of contract
// method OperatorState.
type OperatorStateOutput struct {
	Owner     common.Address
	Transfers uint32
	Approved  bool
}

// UnpackOperatorState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61f7c556.
//
// Solidity: function operatorState(uint256 tokenId, address operator) view returns(address owner, uint32 transfers, bool approved)
func (modelNFT *ModelNFT) UnpackOperatorState(data []byte) (OperatorStateOutput, error) {
	out, err := modelNFT.abi.Unpack("operatorState", data)
	outstruct := new(OperatorStateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Transfers = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.Approved = *abi.ConvertType(out[2], new(bool)).(*bool)
	return *outstruct, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (modelNFT *ModelNFT) PackOwner() []byte {
	enc, err := modelNFT.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (modelNFT *ModelNFT) TryPackOwner() ([]byte, error) {
	return modelNFT.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (modelNFT *ModelNFT) UnpackOwner(data []byte) (common.Address, error) {
	out, err := modelNFT.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (modelNFT *ModelNFT) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := modelNFT.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (modelNFT *ModelNFT) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return modelNFT.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (modelNFT *ModelNFT) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := modelNFT.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (modelNFT *ModelNFT) PackPendingOwner() []byte {
	enc, err := modelNFT.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (modelNFT *ModelNFT) TryPackPendingOwner() ([]byte, error) {
	return modelNFT.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (modelNFT *ModelNFT) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := modelNFT.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPublishVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2fcd9ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishVersion(uint256 tokenId, bytes cid, bytes32 digest, string note) returns()
func (modelNFT *ModelNFT) PackPublishVersion(tokenId *big.Int, cid []byte, digest [32]byte, note string) []byte {
	enc, err := modelNFT.abi.Pack("publishVersion", tokenId, cid, digest, note)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2fcd9ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishVersion(uint256 tokenId, bytes cid, bytes32 digest, string note) returns()
func (modelNFT *ModelNFT) TryPackPublishVersion(tokenId *big.Int, cid []byte, digest [32]byte, note string) ([]byte, error) {
	return modelNFT.abi.Pack("publishVersion", tokenId, cid, digest, note)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (modelNFT *ModelNFT) PackRenounceOwnership() []byte {
	enc, err := modelNFT.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (modelNFT *ModelNFT) TryPackRenounceOwnership() ([]byte, error) {
	return modelNFT.abi.Pack("renounceOwnership")
}

// PackRoyaltyInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a55205a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function royaltyInfo(uint256 tokenId, uint256 salePrice) view returns(address, uint256)
func (modelNFT *ModelNFT) PackRoyaltyInfo(tokenId *big.Int, salePrice *big.Int) []byte {
	enc, err := modelNFT.abi.Pack("royaltyInfo", tokenId, salePrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoyaltyInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a55205a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function royaltyInfo(uint256 tokenId, uint256 salePrice) view returns(address, uint256)
func (modelNFT *ModelNFT) TryPackRoyaltyInfo(tokenId *big.Int, salePrice *big.Int) ([]byte, error) {
	return modelNFT.abi.Pack("royaltyInfo", tokenId, salePrice)
}

// RoyaltyInfoOutput serves as a container for the return parameters of contract
// method RoyaltyInfo.
type RoyaltyInfoOutput struct {
	Arg0 common.Address
	Arg1 *big.Int
}

// UnpackRoyaltyInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2a55205a.
//
// Solidity: function royaltyInfo(uint256 tokenId, uint256 salePrice) view returns(address, uint256)
func (modelNFT *ModelNFT) UnpackRoyaltyInfo(data []byte) (RoyaltyInfoOutput, error) {
	out, err := modelNFT.abi.Unpack("royaltyInfo", data)
	outstruct := new(RoyaltyInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (modelNFT *ModelNFT) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := modelNFT.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (modelNFT *ModelNFT) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return modelNFT.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (modelNFT *ModelNFT) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := modelNFT.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (modelNFT *ModelNFT) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return modelNFT.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSaleInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e945e3b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function saleInfo(uint256 tokenId, uint256 price) view returns(address owner, uint32 transfers, address royaltyReceiver, uint256 royaltyAmount)
func (modelNFT *ModelNFT) PackSaleInfo(tokenId *big.Int, price *big.Int) []byte {
	enc, err := modelNFT.abi.Pack("saleInfo", tokenId, price)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSaleInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e945e3b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function saleInfo(uint256 tokenId, uint256 price) view returns(address owner, uint32 transfers, address royaltyReceiver, uint256 royaltyAmount)
func (modelNFT *ModelNFT) TryPackSaleInfo(tokenId *big.Int, price *big.Int) ([]byte, error) {
	return modelNFT.abi.Pack("saleInfo", tokenId, price)
}

// SaleInfoOutput serves as a container for the return parameters of contract
// method SaleInfo.
type SaleInfoOutput struct {
	Owner           common.Address
	Transfers       uint32
	RoyaltyReceiver common.Address
	RoyaltyAmount   *big.Int
}

// UnpackSaleInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e945e3b.
//
// Solidity: function saleInfo(uint256 tokenId, uint256 price) view returns(address owner, uint32 transfers, address royaltyReceiver, uint256 royaltyAmount)
func (modelNFT *ModelNFT) UnpackSaleInfo(data []byte) (SaleInfoOutput, error) {
	out, err := modelNFT.abi.Unpack("saleInfo", data)
	outstruct := new(SaleInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Transfers = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.RoyaltyReceiver = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	outstruct.RoyaltyAmount = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (modelNFT *ModelNFT) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := modelNFT.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (modelNFT *ModelNFT) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return modelNFT.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSetOperatorAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30de0370.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOperatorAllowed(address operator, bool allowed) returns()
func (modelNFT *ModelNFT) PackSetOperatorAllowed(operator common.Address, allowed bool) []byte {
	enc, err := modelNFT.abi.Pack("setOperatorAllowed", operator, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetOperatorAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30de0370.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setOperatorAllowed(address operator, bool allowed) returns()
func (modelNFT *ModelNFT) TryPackSetOperatorAllowed(operator common.Address, allowed bool) ([]byte, error) {
	return modelNFT.abi.Pack("setOperatorAllowed", operator, allowed)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (modelNFT *ModelNFT) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := modelNFT.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (modelNFT *ModelNFT) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return modelNFT.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (modelNFT *ModelNFT) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := modelNFT.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() pure returns(string)
func (modelNFT *ModelNFT) PackSymbol() []byte {
	enc, err := modelNFT.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() pure returns(string)
func (modelNFT *ModelNFT) TryPackSymbol() ([]byte, error) {
	return modelNFT.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() pure returns(string)
func (modelNFT *ModelNFT) UnpackSymbol(data []byte) (string, error) {
	out, err := modelNFT.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (modelNFT *ModelNFT) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := modelNFT.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (modelNFT *ModelNFT) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return modelNFT.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (modelNFT *ModelNFT) UnpackTokenURI(data []byte) (string, error) {
	out, err := modelNFT.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec02ef57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferCount(uint256 tokenId) view returns(uint32)
func (modelNFT *ModelNFT) PackTransferCount(tokenId *big.Int) []byte {
	enc, err := modelNFT.abi.Pack("transferCount", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec02ef57.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferCount(uint256 tokenId) view returns(uint32)
func (modelNFT *ModelNFT) TryPackTransferCount(tokenId *big.Int) ([]byte, error) {
	return modelNFT.abi.Pack("transferCount", tokenId)
}

// UnpackTransferCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xec02ef57.
//
// Solidity: function transferCount(uint256 tokenId) view returns(uint32)
func (modelNFT *ModelNFT) UnpackTransferCount(data []byte) (uint32, error) {
	out, err := modelNFT.abi.Unpack("transferCount", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (modelNFT *ModelNFT) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := modelNFT.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (modelNFT *ModelNFT) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return modelNFT.abi.Pack("transferFrom", from, to, tokenId)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (modelNFT *ModelNFT) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := modelNFT.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (modelNFT *ModelNFT) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return modelNFT.abi.Pack("transferOwnership", newOwner)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f3fa9e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version(uint256 tokenId, uint256 index) view returns(bytes cid, bytes32 digest)
func (modelNFT *ModelNFT) PackVersion(tokenId *big.Int, index *big.Int) []byte {
	enc, err := modelNFT.abi.Pack("version", tokenId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f3fa9e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version(uint256 tokenId, uint256 index) view returns(bytes cid, bytes32 digest)
func (modelNFT *ModelNFT) TryPackVersion(tokenId *big.Int, index *big.Int) ([]byte, error) {
	return modelNFT.abi.Pack("version", tokenId, index)
}

// VersionOutput serves as a container for the return parameters of contract
// method Version.
type VersionOutput struct {
	Cid    []byte
	Digest [32]byte
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f3fa9e1.
//
// Solidity: function version(uint256 tokenId, uint256 index) view returns(bytes cid, bytes32 digest)
func (modelNFT *ModelNFT) UnpackVersion(data []byte) (VersionOutput, error) {
	out, err := modelNFT.abi.Unpack("version", data)
	outstruct := new(VersionOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Cid = *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	outstruct.Digest = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackVersionCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03190e6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function versionCount(uint256 tokenId) view returns(uint256)
func (modelNFT *ModelNFT) PackVersionCount(tokenId *big.Int) []byte {
	enc, err := modelNFT.abi.Pack("versionCount", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersionCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03190e6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function versionCount(uint256 tokenId) view returns(uint256)
func (modelNFT *ModelNFT) TryPackVersionCount(tokenId *big.Int) ([]byte, error) {
	return modelNFT.abi.Pack("versionCount", tokenId)
}

// UnpackVersionCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x03190e6d.
//
// Solidity: function versionCount(uint256 tokenId) view returns(uint256)
func (modelNFT *ModelNFT) UnpackVersionCount(data []byte) (*big.Int, error) {
	out, err := modelNFT.abi.Unpack("versionCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// ModelNFTApproval represents a Approval event raised by the ModelNFT contract.
type ModelNFTApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ModelNFTApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ModelNFTApproval) ContractEventName() string {
	return ModelNFTApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (modelNFT *ModelNFT) UnpackApprovalEvent(log *types.Log) (*ModelNFTApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelNFTApproval)
	if len(log.Data) > 0 {
		if err := modelNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelNFTApprovalForAll represents a ApprovalForAll event raised by the ModelNFT contract.
type ModelNFTApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const ModelNFTApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (ModelNFTApprovalForAll) ContractEventName() string {
	return ModelNFTApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (modelNFT *ModelNFT) UnpackApprovalForAllEvent(log *types.Log) (*ModelNFTApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelNFTApprovalForAll)
	if len(log.Data) > 0 {
		if err := modelNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelNFTBatchMetadataUpdate represents a BatchMetadataUpdate event raised by the ModelNFT contract.
type ModelNFTBatchMetadataUpdate struct {
	FromTokenId *big.Int
	ToTokenId   *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ModelNFTBatchMetadataUpdateEventName = "BatchMetadataUpdate"

// ContractEventName returns the user-defined event name.
func (ModelNFTBatchMetadataUpdate) ContractEventName() string {
	return ModelNFTBatchMetadataUpdateEventName
}

// UnpackBatchMetadataUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchMetadataUpdate(uint256 _fromTokenId, uint256 _toTokenId)
func (modelNFT *ModelNFT) UnpackBatchMetadataUpdateEvent(log *types.Log) (*ModelNFTBatchMetadataUpdate, error) {
	event := "BatchMetadataUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelNFTBatchMetadataUpdate)
	if len(log.Data) > 0 {
		if err := modelNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelNFTMetadataUpdate represents a MetadataUpdate event raised by the ModelNFT contract.
type ModelNFTMetadataUpdate struct {
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelNFTMetadataUpdateEventName = "MetadataUpdate"

// ContractEventName returns the user-defined event name.
func (ModelNFTMetadataUpdate) ContractEventName() string {
	return ModelNFTMetadataUpdateEventName
}

// UnpackMetadataUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MetadataUpdate(uint256 _tokenId)
func (modelNFT *ModelNFT) UnpackMetadataUpdateEvent(log *types.Log) (*ModelNFTMetadataUpdate, error) {
	event := "MetadataUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelNFTMetadataUpdate)
	if len(log.Data) > 0 {
		if err := modelNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelNFTMinted represents a Minted event raised by the ModelNFT contract.
type ModelNFTMinted struct {
	TokenId         *big.Int
	Digest          [32]byte
	Creator         common.Address
	Cid             []byte
	RoyaltyReceiver common.Address
	RoyaltyBps      uint16
	Raw             *types.Log // Blockchain specific contextual infos
}

const ModelNFTMintedEventName = "Minted"

// ContractEventName returns the user-defined event name.
func (ModelNFTMinted) ContractEventName() string {
	return ModelNFTMintedEventName
}

// UnpackMintedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Minted(uint256 indexed tokenId, bytes32 indexed digest, address indexed creator, bytes cid, address royaltyReceiver, uint16 royaltyBps)
func (modelNFT *ModelNFT) UnpackMintedEvent(log *types.Log) (*ModelNFTMinted, error) {
	event := "Minted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelNFTMinted)
	if len(log.Data) > 0 {
		if err := modelNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelNFTOperatorAllowed represents a OperatorAllowed event raised by the ModelNFT contract.
type ModelNFTOperatorAllowed struct {
	Operator common.Address
	Allowed  bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const ModelNFTOperatorAllowedEventName = "OperatorAllowed"

// ContractEventName returns the user-defined event name.
func (ModelNFTOperatorAllowed) ContractEventName() string {
	return ModelNFTOperatorAllowedEventName
}

// UnpackOperatorAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorAllowed(address indexed operator, bool allowed)
func (modelNFT *ModelNFT) UnpackOperatorAllowedEvent(log *types.Log) (*ModelNFTOperatorAllowed, error) {
	event := "OperatorAllowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelNFTOperatorAllowed)
	if len(log.Data) > 0 {
		if err := modelNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelNFTOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the ModelNFT contract.
type ModelNFTOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ModelNFTOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (ModelNFTOwnershipTransferStarted) ContractEventName() string {
	return ModelNFTOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (modelNFT *ModelNFT) UnpackOwnershipTransferStartedEvent(log *types.Log) (*ModelNFTOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelNFTOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := modelNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelNFTOwnershipTransferred represents a OwnershipTransferred event raised by the ModelNFT contract.
type ModelNFTOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ModelNFTOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ModelNFTOwnershipTransferred) ContractEventName() string {
	return ModelNFTOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (modelNFT *ModelNFT) UnpackOwnershipTransferredEvent(log *types.Log) (*ModelNFTOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelNFTOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := modelNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelNFTTransfer represents a Transfer event raised by the ModelNFT contract.
type ModelNFTTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelNFTTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ModelNFTTransfer) ContractEventName() string {
	return ModelNFTTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (modelNFT *ModelNFT) UnpackTransferEvent(log *types.Log) (*ModelNFTTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelNFTTransfer)
	if len(log.Data) > 0 {
		if err := modelNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelNFTVersionPublished represents a VersionPublished event raised by the ModelNFT contract.
type ModelNFTVersionPublished struct {
	TokenId *big.Int
	Digest  [32]byte
	Version *big.Int
	Cid     []byte
	Note    string
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelNFTVersionPublishedEventName = "VersionPublished"

// ContractEventName returns the user-defined event name.
func (ModelNFTVersionPublished) ContractEventName() string {
	return ModelNFTVersionPublishedEventName
}

// UnpackVersionPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VersionPublished(uint256 indexed tokenId, bytes32 indexed digest, uint256 version, bytes cid, string note)
func (modelNFT *ModelNFT) UnpackVersionPublishedEvent(log *types.Log) (*ModelNFTVersionPublished, error) {
	event := "VersionPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelNFTVersionPublished)
	if len(log.Data) > 0 {
		if err := modelNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (modelNFT *ModelNFT) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return modelNFT.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return modelNFT.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return modelNFT.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return modelNFT.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return modelNFT.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return modelNFT.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["EmptyDigest"].ID.Bytes()[:4]) {
		return modelNFT.UnpackEmptyDigestError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["InvalidCID"].ID.Bytes()[:4]) {
		return modelNFT.UnpackInvalidCIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["InvalidRoyaltyReceiver"].ID.Bytes()[:4]) {
		return modelNFT.UnpackInvalidRoyaltyReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["NotTokenOwner"].ID.Bytes()[:4]) {
		return modelNFT.UnpackNotTokenOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["OperatorNotAllowed"].ID.Bytes()[:4]) {
		return modelNFT.UnpackOperatorNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return modelNFT.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return modelNFT.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["RoyaltyTooHigh"].ID.Bytes()[:4]) {
		return modelNFT.UnpackRoyaltyTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["VersionNotFound"].ID.Bytes()[:4]) {
		return modelNFT.UnpackVersionNotFoundError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ModelNFTERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the ModelNFT contract.
type ModelNFTERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func ModelNFTERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (modelNFT *ModelNFT) UnpackERC721IncorrectOwnerError(raw []byte) (*ModelNFTERC721IncorrectOwner, error) {
	out := new(ModelNFTERC721IncorrectOwner)
	if err := modelNFT.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the ModelNFT contract.
type ModelNFTERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func ModelNFTERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (modelNFT *ModelNFT) UnpackERC721InsufficientApprovalError(raw []byte) (*ModelNFTERC721InsufficientApproval, error) {
	out := new(ModelNFTERC721InsufficientApproval)
	if err := modelNFT.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTERC721InvalidApprover represents a ERC721InvalidApprover error raised by the ModelNFT contract.
type ModelNFTERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func ModelNFTERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (modelNFT *ModelNFT) UnpackERC721InvalidApproverError(raw []byte) (*ModelNFTERC721InvalidApprover, error) {
	out := new(ModelNFTERC721InvalidApprover)
	if err := modelNFT.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTERC721InvalidOwner represents a ERC721InvalidOwner error raised by the ModelNFT contract.
type ModelNFTERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func ModelNFTERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (modelNFT *ModelNFT) UnpackERC721InvalidOwnerError(raw []byte) (*ModelNFTERC721InvalidOwner, error) {
	out := new(ModelNFTERC721InvalidOwner)
	if err := modelNFT.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the ModelNFT contract.
type ModelNFTERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func ModelNFTERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (modelNFT *ModelNFT) UnpackERC721InvalidReceiverError(raw []byte) (*ModelNFTERC721InvalidReceiver, error) {
	out := new(ModelNFTERC721InvalidReceiver)
	if err := modelNFT.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTERC721NonexistentToken represents a ERC721NonexistentToken error raised by the ModelNFT contract.
type ModelNFTERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func ModelNFTERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (modelNFT *ModelNFT) UnpackERC721NonexistentTokenError(raw []byte) (*ModelNFTERC721NonexistentToken, error) {
	out := new(ModelNFTERC721NonexistentToken)
	if err := modelNFT.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTEmptyDigest represents a EmptyDigest error raised by the ModelNFT contract.
type ModelNFTEmptyDigest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyDigest()
func ModelNFTEmptyDigestErrorID() common.Hash {
	return common.HexToHash("0x73ca6097e4dbbbae904393617e9d74e83f9b1e73906257753687e5d824acb1ea")
}

// UnpackEmptyDigestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyDigest()
func (modelNFT *ModelNFT) UnpackEmptyDigestError(raw []byte) (*ModelNFTEmptyDigest, error) {
	out := new(ModelNFTEmptyDigest)
	if err := modelNFT.abi.UnpackIntoInterface(out, "EmptyDigest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTInvalidCID represents a InvalidCID error raised by the ModelNFT contract.
type ModelNFTInvalidCID struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCID()
func ModelNFTInvalidCIDErrorID() common.Hash {
	return common.HexToHash("0xe1d766f45f42c0be5434963d49e08bccba6a62408c497ab45f97eb861cbb4bd7")
}

// UnpackInvalidCIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCID()
func (modelNFT *ModelNFT) UnpackInvalidCIDError(raw []byte) (*ModelNFTInvalidCID, error) {
	out := new(ModelNFTInvalidCID)
	if err := modelNFT.abi.UnpackIntoInterface(out, "InvalidCID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTInvalidRoyaltyReceiver represents a InvalidRoyaltyReceiver error raised by the ModelNFT contract.
type ModelNFTInvalidRoyaltyReceiver struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRoyaltyReceiver()
func ModelNFTInvalidRoyaltyReceiverErrorID() common.Hash {
	return common.HexToHash("0xa54a72c0c15643c5309cdb06df35c1980e377c3b60c56df48f289c528e3b34b8")
}

// UnpackInvalidRoyaltyReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRoyaltyReceiver()
func (modelNFT *ModelNFT) UnpackInvalidRoyaltyReceiverError(raw []byte) (*ModelNFTInvalidRoyaltyReceiver, error) {
	out := new(ModelNFTInvalidRoyaltyReceiver)
	if err := modelNFT.abi.UnpackIntoInterface(out, "InvalidRoyaltyReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTNotTokenOwner represents a NotTokenOwner error raised by the ModelNFT contract.
type ModelNFTNotTokenOwner struct {
	TokenId *big.Int
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTokenOwner(uint256 tokenId, address account)
func ModelNFTNotTokenOwnerErrorID() common.Hash {
	return common.HexToHash("0x6d3d18585f3e1732cc93a3986f35902be5466653aec52877015b8d89b025a053")
}

// UnpackNotTokenOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTokenOwner(uint256 tokenId, address account)
func (modelNFT *ModelNFT) UnpackNotTokenOwnerError(raw []byte) (*ModelNFTNotTokenOwner, error) {
	out := new(ModelNFTNotTokenOwner)
	if err := modelNFT.abi.UnpackIntoInterface(out, "NotTokenOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTOperatorNotAllowed represents a OperatorNotAllowed error raised by the ModelNFT contract.
type ModelNFTOperatorNotAllowed struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OperatorNotAllowed(address operator)
func ModelNFTOperatorNotAllowedErrorID() common.Hash {
	return common.HexToHash("0xede71dcc17534df58e8f25d4ae821d60650aff382821af50ccf078f700f2e08d")
}

// UnpackOperatorNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OperatorNotAllowed(address operator)
func (modelNFT *ModelNFT) UnpackOperatorNotAllowedError(raw []byte) (*ModelNFTOperatorNotAllowed, error) {
	out := new(ModelNFTOperatorNotAllowed)
	if err := modelNFT.abi.UnpackIntoInterface(out, "OperatorNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the ModelNFT contract.
type ModelNFTOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func ModelNFTOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (modelNFT *ModelNFT) UnpackOwnableInvalidOwnerError(raw []byte) (*ModelNFTOwnableInvalidOwner, error) {
	out := new(ModelNFTOwnableInvalidOwner)
	if err := modelNFT.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the ModelNFT contract.
type ModelNFTOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func ModelNFTOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (modelNFT *ModelNFT) UnpackOwnableUnauthorizedAccountError(raw []byte) (*ModelNFTOwnableUnauthorizedAccount, error) {
	out := new(ModelNFTOwnableUnauthorizedAccount)
	if err := modelNFT.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTRoyaltyTooHigh represents a RoyaltyTooHigh error raised by the ModelNFT contract.
type ModelNFTRoyaltyTooHigh struct {
	RoyaltyBps    uint16
	MaxRoyaltyBps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoyaltyTooHigh(uint16 royaltyBps, uint16 maxRoyaltyBps)
func ModelNFTRoyaltyTooHighErrorID() common.Hash {
	return common.HexToHash("0x5c7ee13bb305f519c2366b5a23661a1c648ebdc95ef79f58ad08db8f98738082")
}

// UnpackRoyaltyTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoyaltyTooHigh(uint16 royaltyBps, uint16 maxRoyaltyBps)
func (modelNFT *ModelNFT) UnpackRoyaltyTooHighError(raw []byte) (*ModelNFTRoyaltyTooHigh, error) {
	out := new(ModelNFTRoyaltyTooHigh)
	if err := modelNFT.abi.UnpackIntoInterface(out, "RoyaltyTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTVersionNotFound represents a VersionNotFound error raised by the ModelNFT contract.
type ModelNFTVersionNotFound struct {
	TokenId *big.Int
	Index   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VersionNotFound(uint256 tokenId, uint256 index)
func ModelNFTVersionNotFoundErrorID() common.Hash {
	return common.HexToHash("0x691f53ccf9f9462ad2976f2d166e7b1aa2910823a5423535c1539e3d51d74bb0")
}

// UnpackVersionNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VersionNotFound(uint256 tokenId, uint256 index)
func (modelNFT *ModelNFT) UnpackVersionNotFoundError(raw []byte) (*ModelNFTVersionNotFound, error) {
	out := new(ModelNFTVersionNotFound)
	if err := modelNFT.abi.UnpackIntoInterface(out, "VersionNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReviewsMetaData contains all meta data concerning the Reviews contract.
var ReviewsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIModelNFT\",\"name\":\"nft_\",\"type\":\"address\"},{\"internalType\":\"contractIPurchases\",\"name\":\"market_\",\"type\":\"address\"},{\"internalType\":\"contractILicenses\",\"name\":\"licenses_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"InvalidCID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"rating\",\"type\":\"uint8\"}],\"name\":\"InvalidRating\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotEligible\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reviewer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"rating\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"commentCID\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"updated\",\"type\":\"bool\"}],\"name\":\"Reviewed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"canReview\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"licenses\",\"outputs\":[{\"internalType\":\"contractILicenses\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"contractIPurchases\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nft\",\"outputs\":[{\"internalType\":\"contractIModelNFT\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"rating\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"commentCID\",\"type\":\"bytes\"}],\"name\":\"review\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"reviewer\",\"type\":\"address\"}],\"name\":\"reviewOf\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"rating\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"updatedAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Reviews",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051610a8c380380610a8c83398101604081905261002e91610062565b6001600160a01b0392831660805290821660a0521660c0526100ac565b6001600160a01b038116811461005f575f5ffd5b50565b5f5f5f60608486031215610074575f5ffd5b835161007f8161004b565b60208501519093506100908161004b565b60408501519092506100a18161004b565b809150509250925092565b60805160a05160c0516109a16100eb5f395f81816101b3015261022301525f818161018c01526102e001525f818161014001526103d701526109a15ff3fe608060405234801561000f575f5ffd5b506004361061006f575f3560e01c806347ccca021161004d57806347ccca021461013b57806380f5560514610187578063d90fa572146101ae575f5ffd5b806306d82eba146100735780630a0e22eb1461009b57806328963b0e14610126575b5f5ffd5b61008661008136600461077f565b6101d5565b60405190151581526020015b60405180910390f35b6101046100a936600461077f565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff9390931684529181529181902081518083019092525460ff811680835261010090910467ffffffffffffffff16919092018190529091565b6040805160ff909316835267ffffffffffffffff909116602083015201610092565b6101396101343660046107ad565b610352565b005b6101627f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610092565b6101627f000000000000000000000000000000000000000000000000000000000000000081565b6101627f000000000000000000000000000000000000000000000000000000000000000081565b6040517fdbff122d0000000000000000000000000000000000000000000000000000000081526004810183905273ffffffffffffffffffffffffffffffffffffffff82811660248301525f917f00000000000000000000000000000000000000000000000000000000000000009091169063dbff122d90604401602060405180830381865afa15801561026a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061028e9190610837565b8061034957506040517f9cb04aef0000000000000000000000000000000000000000000000000000000081526004810184905273ffffffffffffffffffffffffffffffffffffffff83811660248301527f00000000000000000000000000000000000000000000000000000000000000001690639cb04aef90604401602060405180830381865afa158015610325573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103499190610837565b90505b92915050565b60018360ff161080610367575060058360ff16115b156103a8576040517f77f73f8900000000000000000000000000000000000000000000000000000000815260ff841660048201526024015b60405180910390fd5b6040517f6352211e000000000000000000000000000000000000000000000000000000008152600481018590527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690636352211e90602401602060405180830381865afa158015610431573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610455919061085d565b50801561046957610466828261057b565b50505b61047384336101d5565b6104b2576040517f6fc842cf0000000000000000000000000000000000000000000000000000000081526004810185905233602482015260440161039f565b5f848152602081815260408083203380855281845282852080548451808601865260ff8b8116825267ffffffffffffffff428116838a019081529986905295909752519651909316610100027fffffffffffffffffffffffffffffffffffffffffffffff00000000000000000084169686169690961795909517909455905191161515919086907f43742fbceb34b960464865bf6e53c09578dcc33cd6d23a208a359c7e72231b1e9061056c908890889088908890610878565b60405180910390a35050505050565b5f8082602481108061058d5750602881115b156105c4576040517fe1d766f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6105d06020836108d9565b905085855f8181106105e4576105e4610911565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1916600160f81b14158061066d5750858561062a6002846108d9565b81811061063957610639610911565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1916601260f81b14155b806106c3575085856106806001846108d9565b81811061068f5761068f610911565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1916602060f81b14155b156106fa576040517fe1d766f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f805b828110156107305787878281811061071757610717610911565b60089490941b919093013560f81c1791506001016106fd565b50604082901b811793506107468683818a61093e565b61074f91610965565b94505050509250929050565b73ffffffffffffffffffffffffffffffffffffffff8116811461077c575f5ffd5b50565b5f5f60408385031215610790575f5ffd5b8235915060208301356107a28161075b565b809150509250929050565b5f5f5f5f606085870312156107c0575f5ffd5b84359350602085013560ff811681146107d7575f5ffd5b9250604085013567ffffffffffffffff8111156107f2575f5ffd5b8501601f81018713610802575f5ffd5b803567ffffffffffffffff811115610818575f5ffd5b876020828401011115610829575f5ffd5b949793965060200194505050565b5f60208284031215610847575f5ffd5b81518015158114610856575f5ffd5b9392505050565b5f6020828403121561086d575f5ffd5b81516108568161075b565b60ff8516815260606020820152826060820152828460808301375f608084830101525f60807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8601168301019050821515604083015295945050505050565b8181038181111561034c577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f8585111561094c575f5ffd5b83861115610958575f5ffd5b5050820193919092039150565b8035602083101561034c577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b169291505056",
}

// Reviews is an auto generated Go binding around an Ethereum contract.
type Reviews struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Reviews) GetABI() abi.ABI {
	return c.abi
}

// NewReviews creates a new instance of Reviews.
func NewReviews() *Reviews {
	parsed, err := ReviewsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Reviews{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Reviews) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address nft_, address market_, address licenses_) returns()
func (reviews *Reviews) PackConstructor(nft_ common.Address, market_ common.Address, licenses_ common.Address) []byte {
	enc, err := reviews.abi.Pack("", nft_, market_, licenses_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCanReview is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06d82eba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canReview(uint256 tokenId, address account) view returns(bool)
func (reviews *Reviews) PackCanReview(tokenId *big.Int, account common.Address) []byte {
	enc, err := reviews.abi.Pack("canReview", tokenId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanReview is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06d82eba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canReview(uint256 tokenId, address account) view returns(bool)
func (reviews *Reviews) TryPackCanReview(tokenId *big.Int, account common.Address) ([]byte, error) {
	return reviews.abi.Pack("canReview", tokenId, account)
}

// UnpackCanReview is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06d82eba.
//
// Solidity: function canReview(uint256 tokenId, address account) view returns(bool)
func (reviews *Reviews) UnpackCanReview(data []byte) (bool, error) {
	out, err := reviews.abi.Unpack("canReview", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLicenses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd90fa572.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function licenses() view returns(address)
func (reviews *Reviews) PackLicenses() []byte {
	enc, err := reviews.abi.Pack("licenses")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLicenses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd90fa572.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function licenses() view returns(address)
func (reviews *Reviews) TryPackLicenses() ([]byte, error) {
	return reviews.abi.Pack("licenses")
}

// UnpackLicenses is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd90fa572.
//
// Solidity: function licenses() view returns(address)
func (reviews *Reviews) UnpackLicenses(data []byte) (common.Address, error) {
	out, err := reviews.abi.Unpack("licenses", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market() view returns(address)
func (reviews *Reviews) PackMarket() []byte {
	enc, err := reviews.abi.Pack("market")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function market() view returns(address)
func (reviews *Reviews) TryPackMarket() ([]byte, error) {
	return reviews.abi.Pack("market")
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80f55605.
//
// Solidity: function market() view returns(address)
func (reviews *Reviews) UnpackMarket(data []byte) (common.Address, error) {
	out, err := reviews.abi.Unpack("market", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackNft is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47ccca02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nft() view returns(address)
func (reviews *Reviews) PackNft() []byte {
	enc, err := reviews.abi.Pack("nft")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNft is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47ccca02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nft() view returns(address)
func (reviews *Reviews) TryPackNft() ([]byte, error) {
	return reviews.abi.Pack("nft")
}

// UnpackNft is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x47ccca02.
//
// Solidity: function nft() view returns(address)
func (reviews *Reviews) UnpackNft(data []byte) (common.Address, error) {
	out, err := reviews.abi.Unpack("nft", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReview is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28963b0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function review(uint256 tokenId, uint8 rating, bytes commentCID) returns()
func (reviews *Reviews) PackReview(tokenId *big.Int, rating uint8, commentCID []byte) []byte {
	enc, err := reviews.abi.Pack("review", tokenId, rating, commentCID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReview is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28963b0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function review(uint256 tokenId, uint8 rating, bytes commentCID) returns()
func (reviews *Reviews) TryPackReview(tokenId *big.Int, rating uint8, commentCID []byte) ([]byte, error) {
	return reviews.abi.Pack("review", tokenId, rating, commentCID)
}

// PackReviewOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a0e22eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reviewOf(uint256 tokenId, address reviewer) view returns(uint8 rating, uint64 updatedAt)
func (reviews *Reviews) PackReviewOf(tokenId *big.Int, reviewer common.Address) []byte {
	enc, err := reviews.abi.Pack("reviewOf", tokenId, reviewer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReviewOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a0e22eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reviewOf(uint256 tokenId, address reviewer) view returns(uint8 rating, uint64 updatedAt)
func (reviews *Reviews) TryPackReviewOf(tokenId *big.Int, reviewer common.Address) ([]byte, error) {
	return reviews.abi.Pack("reviewOf", tokenId, reviewer)
}

// ReviewOfOutput serves as a container for the return parameters of contract
// method ReviewOf.
type ReviewOfOutput struct {
	Rating    uint8
	UpdatedAt uint64
}

// UnpackReviewOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a0e22eb.
//
// Solidity: function reviewOf(uint256 tokenId, address reviewer) view returns(uint8 rating, uint64 updatedAt)
func (reviews *Reviews) UnpackReviewOf(data []byte) (ReviewOfOutput, error) {
	out, err := reviews.abi.Unpack("reviewOf", data)
	outstruct := new(ReviewOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Rating = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.UpdatedAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// ReviewsReviewed represents a Reviewed event raised by the Reviews contract.
type ReviewsReviewed struct {
	TokenId    *big.Int
	Reviewer   common.Address
	Rating     uint8
	CommentCID []byte
	Updated    bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const ReviewsReviewedEventName = "Reviewed"

// ContractEventName returns the user-defined event name.
func (ReviewsReviewed) ContractEventName() string {
	return ReviewsReviewedEventName
}

// UnpackReviewedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Reviewed(uint256 indexed tokenId, address indexed reviewer, uint8 rating, bytes commentCID, bool updated)
func (reviews *Reviews) UnpackReviewedEvent(log *types.Log) (*ReviewsReviewed, error) {
	event := "Reviewed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reviews.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReviewsReviewed)
	if len(log.Data) > 0 {
		if err := reviews.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reviews.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (reviews *Reviews) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], reviews.abi.Errors["InvalidCID"].ID.Bytes()[:4]) {
		return reviews.UnpackInvalidCIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], reviews.abi.Errors["InvalidRating"].ID.Bytes()[:4]) {
		return reviews.UnpackInvalidRatingError(raw[4:])
	}
	if bytes.Equal(raw[:4], reviews.abi.Errors["NotEligible"].ID.Bytes()[:4]) {
		return reviews.UnpackNotEligibleError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ReviewsInvalidCID represents a InvalidCID error raised by the Reviews contract.
type ReviewsInvalidCID struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCID()
func ReviewsInvalidCIDErrorID() common.Hash {
	return common.HexToHash("0xe1d766f45f42c0be5434963d49e08bccba6a62408c497ab45f97eb861cbb4bd7")
}

// UnpackInvalidCIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCID()
func (reviews *Reviews) UnpackInvalidCIDError(raw []byte) (*ReviewsInvalidCID, error) {
	out := new(ReviewsInvalidCID)
	if err := reviews.abi.UnpackIntoInterface(out, "InvalidCID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReviewsInvalidRating represents a InvalidRating error raised by the Reviews contract.
type ReviewsInvalidRating struct {
	Rating uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRating(uint8 rating)
func ReviewsInvalidRatingErrorID() common.Hash {
	return common.HexToHash("0x77f73f893a9597a49efd33f65acecab22d1dfee786bbdad14fb66b98339cc654")
}

// UnpackInvalidRatingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRating(uint8 rating)
func (reviews *Reviews) UnpackInvalidRatingError(raw []byte) (*ReviewsInvalidRating, error) {
	out := new(ReviewsInvalidRating)
	if err := reviews.abi.UnpackIntoInterface(out, "InvalidRating", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReviewsNotEligible represents a NotEligible error raised by the Reviews contract.
type ReviewsNotEligible struct {
	TokenId *big.Int
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEligible(uint256 tokenId, address account)
func ReviewsNotEligibleErrorID() common.Hash {
	return common.HexToHash("0x6fc842cfc29c1e2bc16cbfa44c8a6d9c18ce3d672dc914c6b80037c0463844bb")
}

// UnpackNotEligibleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEligible(uint256 tokenId, address account)
func (reviews *Reviews) UnpackNotEligibleError(raw []byte) (*ReviewsNotEligible, error) {
	out := new(ReviewsNotEligible)
	if err := reviews.abi.UnpackIntoInterface(out, "NotEligible", raw); err != nil {
		return nil, err
	}
	return out, nil
}
