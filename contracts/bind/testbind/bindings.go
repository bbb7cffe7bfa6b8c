// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testbind

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

// PlainERC721MetaData contains all meta data concerning the PlainERC721 contract.
var PlainERC721MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "PlainERC721",
	Bin: "0x60806040526001600655348015610014575f5ffd5b5060405180604001604052806005815260200164283630b4b760d91b81525060405180604001604052806005815260200164282620a4a760d91b815250815f908161005f9190610117565b50600161006c8282610117565b5050506101d5565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061009c57607f821691505b6020821081036100ba57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610112578282111561011257805f5260205f20601f840160051c60208510156100eb57505f5b90810190601f840160051c035f5b8181101561010e575f838201556001016100f9565b5050505b505050565b81516001600160401b0381111561013057610130610074565b6101448161013e8454610088565b846100c0565b6020601f821160018114610176575f831561015f5750848201515b5f19600385901b1c1916600184901b1784556101ce565b5f84815260208120601f198516915b828110156101a55787850151825560209485019460019092019101610185565b50848210156101c257868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b611581806101e25f395ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c80636a62784211610088578063a22cb46511610063578063a22cb465146101e8578063b88d4fde146101fb578063c87b56dd1461020e578063e985e9c514610221575f5ffd5b80636a627842146101ac57806370a08231146101cd57806395d89b41146101e0575f5ffd5b8063095ea7b3116100c3578063095ea7b31461015e57806323b872dd1461017357806342842e0e146101865780636352211e14610199575f5ffd5b806301ffc9a7146100e957806306fdde0314610111578063081812fc14610126575b5f5ffd5b6100fc6100f7366004611155565b610269565b60405190151581526020015b60405180910390f35b61011961034d565b60405161010891906111bc565b6101396101343660046111ce565b6103dc565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610108565b61017161016c366004611208565b610410565b005b610171610181366004611230565b61041f565b610171610194366004611230565b610513565b6101396101a73660046111ce565b610532565b6101bf6101ba36600461126a565b61053c565b604051908152602001610108565b6101bf6101db36600461126a565b610561565b6101196105d9565b6101716101f6366004611283565b6105e8565b6101716102093660046112e9565b6105f3565b61011961021c3660046111ce565b61060b565b6100fc61022f366004611403565b73ffffffffffffffffffffffffffffffffffffffff9182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f80ac58cd0000000000000000000000000000000000000000000000000000000014806102fb57507fffffffff0000000000000000000000000000000000000000000000000000000082167f5b5e139f00000000000000000000000000000000000000000000000000000000145b8061034757507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b60605f805461035b90611434565b80601f016020809104026020016040519081016040528092919081815260200182805461038790611434565b80156103d25780601f106103a9576101008083540402835291602001916103d2565b820191905f5260205f20905b8154815290600101906020018083116103b557829003601f168201915b5050505050905090565b5f6103e68261067c565b505f8281526004602052604090205473ffffffffffffffffffffffffffffffffffffffff16610347565b61041b8282336106da565b5050565b73ffffffffffffffffffffffffffffffffffffffff8216610473576040517f64a0ae920000000000000000000000000000000000000000000000000000000081525f60048201526024015b60405180910390fd5b5f61047f8383336106e7565b90508373ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff161461050d576040517f64283d7b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8086166004830152602482018490528216604482015260640161046a565b50505050565b61052d83838360405180602001604052805f8152506105f3565b505050565b5f6103478261067c565b600680545f918261054c83611485565b91905055905061055c828261085e565b919050565b5f73ffffffffffffffffffffffffffffffffffffffff82166105b1576040517f89c62b640000000000000000000000000000000000000000000000000000000081525f600482015260240161046a565b5073ffffffffffffffffffffffffffffffffffffffff165f9081526003602052604090205490565b60606001805461035b90611434565b61041b33838361090b565b6105fe84848461041f565b61050d3385858585610a56565b60606106168261067c565b505f61062c60408051602081019091525f815290565b90505f81511161064a5760405180602001604052805f815250610675565b8061065484610c4c565b6040516020016106659291906114f8565b6040516020818303038152906040525b9392505050565b5f8181526002602052604081205473ffffffffffffffffffffffffffffffffffffffff1680610347576040517f7e2732890000000000000000000000000000000000000000000000000000000081526004810184905260240161046a565b61052d8383836001610d08565b5f8281526002602052604081205473ffffffffffffffffffffffffffffffffffffffff9081169083161561072057610720818486610ed0565b73ffffffffffffffffffffffffffffffffffffffff811615610793576107485f855f5f610d08565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260036020526040902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0190555b73ffffffffffffffffffffffffffffffffffffffff8516156107db5773ffffffffffffffffffffffffffffffffffffffff85165f908152600360205260409020805460010190555b5f8481526002602052604080822080547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff89811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b73ffffffffffffffffffffffffffffffffffffffff82166108ad576040517f64a0ae920000000000000000000000000000000000000000000000000000000081525f600482015260240161046a565b5f6108b983835f6106e7565b905073ffffffffffffffffffffffffffffffffffffffff81161561052d576040517f73c6ac6e0000000000000000000000000000000000000000000000000000000081525f600482015260240161046a565b73ffffffffffffffffffffffffffffffffffffffff831661095a576040517fa9fbf51f0000000000000000000000000000000000000000000000000000000081525f600482015260240161046a565b73ffffffffffffffffffffffffffffffffffffffff82166109bf576040517f5b08ba1800000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8316600482015260240161046a565b73ffffffffffffffffffffffffffffffffffffffff8381165f8181526005602090815260408083209487168084529482529182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b73ffffffffffffffffffffffffffffffffffffffff83163b15610c45576040517f150b7a0200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84169063150b7a0290610acb90889088908790879060040161150c565b6020604051808303815f875af1925050508015610b23575060408051601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0168201909252610b2091810190611566565b60015b610bb0573d808015610b50576040519150601f19603f3d011682016040523d82523d5f602084013e610b55565b606091505b5080515f03610ba8576040517f64a0ae9200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015260240161046a565b805160208201fd5b7fffffffff0000000000000000000000000000000000000000000000000000000081167f150b7a020000000000000000000000000000000000000000000000000000000014610c43576040517f64a0ae9200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015260240161046a565b505b5050505050565b60605f610c5883610f80565b60010190505f8167ffffffffffffffff811115610c7757610c776112bc565b6040519080825280601f01601f191660200182016040528015610ca1576020820181803683370190505b5090508181016020015b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff017f3031323334353637383961626364656600000000000000000000000000000000600a86061a8153600a8504945084610cab57509392505050565b8080610d29575073ffffffffffffffffffffffffffffffffffffffff821615155b15610e7c575f610d388461067c565b905073ffffffffffffffffffffffffffffffffffffffff831615801590610d8b57508273ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614155b8015610dc9575073ffffffffffffffffffffffffffffffffffffffff8082165f9081526005602090815260408083209387168352929052205460ff16155b15610e18576040517fa9fbf51f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015260240161046a565b8115610e7a57838573ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff92909216919091179055565b610edb838383611061565b61052d5773ffffffffffffffffffffffffffffffffffffffff8316610f2f576040517f7e2732890000000000000000000000000000000000000000000000000000000081526004810182905260240161046a565b6040517f177e802f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff831660048201526024810182905260440161046a565b5f807a184f03e93ff9f4daa797ed6e38ed64bf6a1f0100000000000000008310610fc8577a184f03e93ff9f4daa797ed6e38ed64bf6a1f010000000000000000830492506040015b6d04ee2d6d415b85acef81000000008310610ff4576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc10000831061101257662386f26fc10000830492506010015b6305f5e100831061102a576305f5e100830492506008015b612710831061103e57612710830492506004015b60648310611050576064830492506002015b600a83106103475760010192915050565b5f73ffffffffffffffffffffffffffffffffffffffff83161580159061111d57508273ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff1614806110ed575073ffffffffffffffffffffffffffffffffffffffff8085165f9081526005602090815260408083209387168352929052205460ff165b8061111d57505f8281526004602052604090205473ffffffffffffffffffffffffffffffffffffffff8481169116145b949350505050565b7fffffffff0000000000000000000000000000000000000000000000000000000081168114611152575f5ffd5b50565b5f60208284031215611165575f5ffd5b813561067581611125565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f6106756020830184611170565b5f602082840312156111de575f5ffd5b5035919050565b803573ffffffffffffffffffffffffffffffffffffffff8116811461055c575f5ffd5b5f5f60408385031215611219575f5ffd5b611222836111e5565b946020939093013593505050565b5f5f5f60608486031215611242575f5ffd5b61124b846111e5565b9250611259602085016111e5565b929592945050506040919091013590565b5f6020828403121561127a575f5ffd5b610675826111e5565b5f5f60408385031215611294575f5ffd5b61129d836111e5565b9150602083013580151581146112b1575f5ffd5b809150509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f5f5f5f608085870312156112fc575f5ffd5b611305856111e5565b9350611313602086016111e5565b925060408501359150606085013567ffffffffffffffff811115611335575f5ffd5b8501601f81018713611345575f5ffd5b803567ffffffffffffffff81111561135f5761135f6112bc565b6040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0603f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8501160116810181811067ffffffffffffffff821117156113cb576113cb6112bc565b6040528181528282016020018910156113e2575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f60408385031215611414575f5ffd5b61141d836111e5565b915061142b602084016111e5565b90509250929050565b600181811c9082168061144857607f821691505b60208210810361147f577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036114da577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5060010190565b5f81518060208401855e5f93019283525090919050565b5f61111d61150683866114e1565b846114e1565b73ffffffffffffffffffffffffffffffffffffffff8516815273ffffffffffffffffffffffffffffffffffffffff84166020820152826040820152608060608201525f61155c6080830184611170565b9695505050505050565b5f60208284031215611576575f5ffd5b81516106758161112556",
}

// PlainERC721 is an auto generated Go binding around an Ethereum contract.
type PlainERC721 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PlainERC721) GetABI() abi.ABI {
	return c.abi
}

// NewPlainERC721 creates a new instance of PlainERC721.
func NewPlainERC721() *PlainERC721 {
	parsed, err := PlainERC721MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PlainERC721{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PlainERC721) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (plainERC721 *PlainERC721) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := plainERC721.abi.Pack("approve", to, tokenId)
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
func (plainERC721 *PlainERC721) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return plainERC721.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (plainERC721 *PlainERC721) PackBalanceOf(owner common.Address) []byte {
	enc, err := plainERC721.abi.Pack("balanceOf", owner)
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
func (plainERC721 *PlainERC721) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return plainERC721.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (plainERC721 *PlainERC721) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := plainERC721.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (plainERC721 *PlainERC721) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := plainERC721.abi.Pack("getApproved", tokenId)
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
func (plainERC721 *PlainERC721) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return plainERC721.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (plainERC721 *PlainERC721) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := plainERC721.abi.Unpack("getApproved", data)
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
func (plainERC721 *PlainERC721) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := plainERC721.abi.Pack("isApprovedForAll", owner, operator)
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
func (plainERC721 *PlainERC721) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return plainERC721.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (plainERC721 *PlainERC721) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := plainERC721.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a627842.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to) returns(uint256 id)
func (plainERC721 *PlainERC721) PackMint(to common.Address) []byte {
	enc, err := plainERC721.abi.Pack("mint", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a627842.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to) returns(uint256 id)
func (plainERC721 *PlainERC721) TryPackMint(to common.Address) ([]byte, error) {
	return plainERC721.abi.Pack("mint", to)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a627842.
//
// Solidity: function mint(address to) returns(uint256 id)
func (plainERC721 *PlainERC721) UnpackMint(data []byte) (*big.Int, error) {
	out, err := plainERC721.abi.Unpack("mint", data)
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
// Solidity: function name() view returns(string)
func (plainERC721 *PlainERC721) PackName() []byte {
	enc, err := plainERC721.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (plainERC721 *PlainERC721) TryPackName() ([]byte, error) {
	return plainERC721.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (plainERC721 *PlainERC721) UnpackName(data []byte) (string, error) {
	out, err := plainERC721.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (plainERC721 *PlainERC721) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := plainERC721.abi.Pack("ownerOf", tokenId)
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
func (plainERC721 *PlainERC721) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return plainERC721.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (plainERC721 *PlainERC721) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := plainERC721.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (plainERC721 *PlainERC721) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := plainERC721.abi.Pack("safeTransferFrom", from, to, tokenId)
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
func (plainERC721 *PlainERC721) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return plainERC721.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (plainERC721 *PlainERC721) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := plainERC721.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
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
func (plainERC721 *PlainERC721) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return plainERC721.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (plainERC721 *PlainERC721) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := plainERC721.abi.Pack("setApprovalForAll", operator, approved)
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
func (plainERC721 *PlainERC721) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return plainERC721.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (plainERC721 *PlainERC721) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := plainERC721.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (plainERC721 *PlainERC721) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return plainERC721.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (plainERC721 *PlainERC721) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := plainERC721.abi.Unpack("supportsInterface", data)
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
// Solidity: function symbol() view returns(string)
func (plainERC721 *PlainERC721) PackSymbol() []byte {
	enc, err := plainERC721.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (plainERC721 *PlainERC721) TryPackSymbol() ([]byte, error) {
	return plainERC721.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (plainERC721 *PlainERC721) UnpackSymbol(data []byte) (string, error) {
	out, err := plainERC721.abi.Unpack("symbol", data)
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
func (plainERC721 *PlainERC721) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := plainERC721.abi.Pack("tokenURI", tokenId)
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
func (plainERC721 *PlainERC721) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return plainERC721.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (plainERC721 *PlainERC721) UnpackTokenURI(data []byte) (string, error) {
	out, err := plainERC721.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (plainERC721 *PlainERC721) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := plainERC721.abi.Pack("transferFrom", from, to, tokenId)
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
func (plainERC721 *PlainERC721) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return plainERC721.abi.Pack("transferFrom", from, to, tokenId)
}

// PlainERC721Approval represents a Approval event raised by the PlainERC721 contract.
type PlainERC721Approval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const PlainERC721ApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (PlainERC721Approval) ContractEventName() string {
	return PlainERC721ApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (plainERC721 *PlainERC721) UnpackApprovalEvent(log *types.Log) (*PlainERC721Approval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plainERC721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlainERC721Approval)
	if len(log.Data) > 0 {
		if err := plainERC721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plainERC721.abi.Events[event].Inputs {
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

// PlainERC721ApprovalForAll represents a ApprovalForAll event raised by the PlainERC721 contract.
type PlainERC721ApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const PlainERC721ApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (PlainERC721ApprovalForAll) ContractEventName() string {
	return PlainERC721ApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (plainERC721 *PlainERC721) UnpackApprovalForAllEvent(log *types.Log) (*PlainERC721ApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plainERC721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlainERC721ApprovalForAll)
	if len(log.Data) > 0 {
		if err := plainERC721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plainERC721.abi.Events[event].Inputs {
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

// PlainERC721Transfer represents a Transfer event raised by the PlainERC721 contract.
type PlainERC721Transfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PlainERC721TransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (PlainERC721Transfer) ContractEventName() string {
	return PlainERC721TransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (plainERC721 *PlainERC721) UnpackTransferEvent(log *types.Log) (*PlainERC721Transfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plainERC721.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlainERC721Transfer)
	if len(log.Data) > 0 {
		if err := plainERC721.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plainERC721.abi.Events[event].Inputs {
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
func (plainERC721 *PlainERC721) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], plainERC721.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return plainERC721.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], plainERC721.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return plainERC721.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], plainERC721.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return plainERC721.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], plainERC721.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return plainERC721.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], plainERC721.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return plainERC721.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], plainERC721.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return plainERC721.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], plainERC721.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return plainERC721.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], plainERC721.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return plainERC721.UnpackERC721NonexistentTokenError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PlainERC721ERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the PlainERC721 contract.
type PlainERC721ERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func PlainERC721ERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (plainERC721 *PlainERC721) UnpackERC721IncorrectOwnerError(raw []byte) (*PlainERC721ERC721IncorrectOwner, error) {
	out := new(PlainERC721ERC721IncorrectOwner)
	if err := plainERC721.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlainERC721ERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the PlainERC721 contract.
type PlainERC721ERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func PlainERC721ERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (plainERC721 *PlainERC721) UnpackERC721InsufficientApprovalError(raw []byte) (*PlainERC721ERC721InsufficientApproval, error) {
	out := new(PlainERC721ERC721InsufficientApproval)
	if err := plainERC721.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlainERC721ERC721InvalidApprover represents a ERC721InvalidApprover error raised by the PlainERC721 contract.
type PlainERC721ERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func PlainERC721ERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (plainERC721 *PlainERC721) UnpackERC721InvalidApproverError(raw []byte) (*PlainERC721ERC721InvalidApprover, error) {
	out := new(PlainERC721ERC721InvalidApprover)
	if err := plainERC721.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlainERC721ERC721InvalidOperator represents a ERC721InvalidOperator error raised by the PlainERC721 contract.
type PlainERC721ERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func PlainERC721ERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (plainERC721 *PlainERC721) UnpackERC721InvalidOperatorError(raw []byte) (*PlainERC721ERC721InvalidOperator, error) {
	out := new(PlainERC721ERC721InvalidOperator)
	if err := plainERC721.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlainERC721ERC721InvalidOwner represents a ERC721InvalidOwner error raised by the PlainERC721 contract.
type PlainERC721ERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func PlainERC721ERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (plainERC721 *PlainERC721) UnpackERC721InvalidOwnerError(raw []byte) (*PlainERC721ERC721InvalidOwner, error) {
	out := new(PlainERC721ERC721InvalidOwner)
	if err := plainERC721.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlainERC721ERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the PlainERC721 contract.
type PlainERC721ERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func PlainERC721ERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (plainERC721 *PlainERC721) UnpackERC721InvalidReceiverError(raw []byte) (*PlainERC721ERC721InvalidReceiver, error) {
	out := new(PlainERC721ERC721InvalidReceiver)
	if err := plainERC721.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlainERC721ERC721InvalidSender represents a ERC721InvalidSender error raised by the PlainERC721 contract.
type PlainERC721ERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func PlainERC721ERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (plainERC721 *PlainERC721) UnpackERC721InvalidSenderError(raw []byte) (*PlainERC721ERC721InvalidSender, error) {
	out := new(PlainERC721ERC721InvalidSender)
	if err := plainERC721.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlainERC721ERC721NonexistentToken represents a ERC721NonexistentToken error raised by the PlainERC721 contract.
type PlainERC721ERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func PlainERC721ERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (plainERC721 *PlainERC721) UnpackERC721NonexistentTokenError(raw []byte) (*PlainERC721ERC721NonexistentToken, error) {
	out := new(PlainERC721ERC721NonexistentToken)
	if err := plainERC721.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlainERC721URIMetaData contains all meta data concerning the PlainERC721URI contract.
var PlainERC721URIMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_fromTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_toTokenId\",\"type\":\"uint256\"}],\"name\":\"BatchMetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_tokenId\",\"type\":\"uint256\"}],\"name\":\"MetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "PlainERC721URI",
	Bin: "0x60806040526001600755348015610014575f5ffd5b5060405180604001604052806008815260200167506c61696e55524960c01b81525060405180604001604052806008815260200167504c41494e55524960c01b815250815f9081610065919061011d565b506001610072828261011d565b5050506101db565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806100a257607f821691505b6020821081036100c057634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610118578282111561011857805f5260205f20601f840160051c60208510156100f157505f5b90810190601f840160051c035f5b81811015610114575f838201556001016100ff565b5050505b505050565b81516001600160401b038111156101365761013661007a565b61014a81610144845461008e565b846100c6565b6020601f82116001811461017c575f83156101655750848201515b5f19600385901b1c1916600184901b1784556101d4565b5f84815260208120601f198516915b828110156101ab578785015182556020948501946001909201910161018b565b50848210156101c857868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b6118d3806101e85f395ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c806370a0823111610088578063b88d4fde11610063578063b88d4fde146101e8578063c87b56dd146101fb578063d0def5211461020e578063e985e9c514610221575f5ffd5b806370a08231146101ac57806395d89b41146101cd578063a22cb465146101d5575f5ffd5b8063095ea7b3116100c3578063095ea7b31461015e57806323b872dd1461017357806342842e0e146101865780636352211e14610199575f5ffd5b806301ffc9a7146100e957806306fdde0314610111578063081812fc14610126575b5f5ffd5b6100fc6100f736600461131c565b610269565b60405190151581526020015b60405180910390f35b6101196102c4565b6040516101089190611383565b610139610134366004611395565b610353565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610108565b61017161016c3660046113d4565b610387565b005b6101716101813660046113fc565b610396565b6101716101943660046113fc565b61048a565b6101396101a7366004611395565b6104a9565b6101bf6101ba366004611436565b6104b3565b604051908152602001610108565b61011961052b565b6101716101e336600461144f565b61053a565b6101716101f63660046114b5565b610545565b610119610209366004611395565b61055d565b6101bf61021c3660046115cf565b6105de565b6100fc61022f36600461164d565b73ffffffffffffffffffffffffffffffffffffffff9182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f490649060000000000000000000000000000000000000000000000000000000014806102be57506102be82610644565b92915050565b60605f80546102d29061167e565b80601f01602080910402602001604051908101604052809291908181526020018280546102fe9061167e565b80156103495780601f1061032057610100808354040283529160200191610349565b820191905f5260205f20905b81548152906001019060200180831161032c57829003601f168201915b5050505050905090565b5f61035d82610726565b505f8281526004602052604090205473ffffffffffffffffffffffffffffffffffffffff166102be565b610392828233610784565b5050565b73ffffffffffffffffffffffffffffffffffffffff82166103ea576040517f64a0ae920000000000000000000000000000000000000000000000000000000081525f60048201526024015b60405180910390fd5b5f6103f6838333610791565b90508373ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614610484576040517f64283d7b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff808616600483015260248201849052821660448201526064016103e1565b50505050565b6104a483838360405180602001604052805f815250610545565b505050565b5f6102be82610726565b5f73ffffffffffffffffffffffffffffffffffffffff8216610503576040517f89c62b640000000000000000000000000000000000000000000000000000000081525f60048201526024016103e1565b5073ffffffffffffffffffffffffffffffffffffffff165f9081526003602052604090205490565b6060600180546102d29061167e565b6103923383836108e9565b610550848484610396565b6104843385858585610a34565b606061056882610726565b505f61057e60408051602081019091525f815290565b90505f61058a84610c2a565b905081515f0361059b579392505050565b8051156105cd5781816040516020016105b59291906116e6565b60405160208183030381529060405292505050919050565b6105d684610cc9565b949350505050565b600780545f91826105ee836116fa565b9190505590506105fe8482610d39565b61063d8184848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610de692505050565b9392505050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f80ac58cd0000000000000000000000000000000000000000000000000000000014806106d657507fffffffff0000000000000000000000000000000000000000000000000000000082167f5b5e139f00000000000000000000000000000000000000000000000000000000145b806102be57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316146102be565b5f8181526002602052604081205473ffffffffffffffffffffffffffffffffffffffff16806102be576040517f7e273289000000000000000000000000000000000000000000000000000000008152600481018490526024016103e1565b6104a48383836001610e35565b5f8281526002602052604081205473ffffffffffffffffffffffffffffffffffffffff908116908316156107ca576107ca818486610ffd565b73ffffffffffffffffffffffffffffffffffffffff81161561081e576107f25f855f5f610e35565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260036020526040902080545f190190555b73ffffffffffffffffffffffffffffffffffffffff8516156108665773ffffffffffffffffffffffffffffffffffffffff85165f908152600360205260409020805460010190555b5f8481526002602052604080822080547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff89811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b73ffffffffffffffffffffffffffffffffffffffff8316610938576040517fa9fbf51f0000000000000000000000000000000000000000000000000000000081525f60048201526024016103e1565b73ffffffffffffffffffffffffffffffffffffffff821661099d576040517f5b08ba1800000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff831660048201526024016103e1565b73ffffffffffffffffffffffffffffffffffffffff8381165f8181526005602090815260408083209487168084529482529182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b73ffffffffffffffffffffffffffffffffffffffff83163b15610c23576040517f150b7a0200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84169063150b7a0290610aa9908890889087908790600401611737565b6020604051808303815f875af1925050508015610b01575060408051601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0168201909252610afe91810190611791565b60015b610b8e573d808015610b2e576040519150601f19603f3d011682016040523d82523d5f602084013e610b33565b606091505b5080515f03610b86576040517f64a0ae9200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff851660048201526024016103e1565b805160208201fd5b7fffffffff0000000000000000000000000000000000000000000000000000000081167f150b7a020000000000000000000000000000000000000000000000000000000014610c21576040517f64a0ae9200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff851660048201526024016103e1565b505b5050505050565b5f818152600660205260409020805460609190610c469061167e565b80601f0160208091040260200160405190810160405280929190818152602001828054610c729061167e565b8015610cbd5780601f10610c9457610100808354040283529160200191610cbd565b820191905f5260205f20905b815481529060010190602001808311610ca057829003601f168201915b50505050509050919050565b6060610cd482610726565b505f610cea60408051602081019091525f815290565b90505f815111610d085760405180602001604052805f81525061063d565b80610d12846110ad565b604051602001610d239291906116e6565b6040516020818303038152906040529392505050565b73ffffffffffffffffffffffffffffffffffffffff8216610d88576040517f64a0ae920000000000000000000000000000000000000000000000000000000081525f60048201526024016103e1565b5f610d9483835f610791565b905073ffffffffffffffffffffffffffffffffffffffff8116156104a4576040517f73c6ac6e0000000000000000000000000000000000000000000000000000000081525f60048201526024016103e1565b5f828152600660205260409020610dfd82826117fa565b506040518281527ff8e1a15aba9398e019f0b49df1a4fde98ee17ae345cb5f6b5e2c27f5033e8ce79060200160405180910390a15050565b8080610e56575073ffffffffffffffffffffffffffffffffffffffff821615155b15610fa9575f610e6584610726565b905073ffffffffffffffffffffffffffffffffffffffff831615801590610eb857508273ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614155b8015610ef6575073ffffffffffffffffffffffffffffffffffffffff8082165f9081526005602090815260408083209387168352929052205460ff16155b15610f45576040517fa9fbf51f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff841660048201526024016103e1565b8115610fa757838573ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff92909216919091179055565b61100883838361114a565b6104a45773ffffffffffffffffffffffffffffffffffffffff831661105c576040517f7e273289000000000000000000000000000000000000000000000000000000008152600481018290526024016103e1565b6040517f177e802f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff83166004820152602481018290526044016103e1565b60605f6110b98361120b565b60010190505f8167ffffffffffffffff8111156110d8576110d8611488565b6040519080825280601f01601f191660200182016040528015611102576020820181803683370190505b5090508181016020015b5f19017f3031323334353637383961626364656600000000000000000000000000000000600a86061a8153600a850494508461110c57509392505050565b5f73ffffffffffffffffffffffffffffffffffffffff8316158015906105d657508273ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff1614806111d6575073ffffffffffffffffffffffffffffffffffffffff8085165f9081526005602090815260408083209387168352929052205460ff165b806105d65750505f9081526004602052604090205473ffffffffffffffffffffffffffffffffffffffff908116911614919050565b5f807a184f03e93ff9f4daa797ed6e38ed64bf6a1f0100000000000000008310611253577a184f03e93ff9f4daa797ed6e38ed64bf6a1f010000000000000000830492506040015b6d04ee2d6d415b85acef8100000000831061127f576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc10000831061129d57662386f26fc10000830492506010015b6305f5e10083106112b5576305f5e100830492506008015b61271083106112c957612710830492506004015b606483106112db576064830492506002015b600a83106102be5760010192915050565b7fffffffff0000000000000000000000000000000000000000000000000000000081168114611319575f5ffd5b50565b5f6020828403121561132c575f5ffd5b813561063d816112ec565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f61063d6020830184611337565b5f602082840312156113a5575f5ffd5b5035919050565b803573ffffffffffffffffffffffffffffffffffffffff811681146113cf575f5ffd5b919050565b5f5f604083850312156113e5575f5ffd5b6113ee836113ac565b946020939093013593505050565b5f5f5f6060848603121561140e575f5ffd5b611417846113ac565b9250611425602085016113ac565b929592945050506040919091013590565b5f60208284031215611446575f5ffd5b61063d826113ac565b5f5f60408385031215611460575f5ffd5b611469836113ac565b91506020830135801515811461147d575f5ffd5b809150509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f5f5f5f608085870312156114c8575f5ffd5b6114d1856113ac565b93506114df602086016113ac565b925060408501359150606085013567ffffffffffffffff811115611501575f5ffd5b8501601f81018713611511575f5ffd5b803567ffffffffffffffff81111561152b5761152b611488565b6040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0603f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8501160116810181811067ffffffffffffffff8211171561159757611597611488565b6040528181528282016020018910156115ae575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f5f604084860312156115e1575f5ffd5b6115ea846113ac565b9250602084013567ffffffffffffffff811115611605575f5ffd5b8401601f81018613611615575f5ffd5b803567ffffffffffffffff81111561162b575f5ffd5b86602082840101111561163c575f5ffd5b939660209190910195509293505050565b5f5f6040838503121561165e575f5ffd5b611667836113ac565b9150611675602084016113ac565b90509250929050565b600181811c9082168061169257607f821691505b6020821081036116c9577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b5f81518060208401855e5f93019283525090919050565b5f6105d66116f483866116cf565b846116cf565b5f5f198203611730577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5060010190565b73ffffffffffffffffffffffffffffffffffffffff8516815273ffffffffffffffffffffffffffffffffffffffff84166020820152826040820152608060608201525f6117876080830184611337565b9695505050505050565b5f602082840312156117a1575f5ffd5b815161063d816112ec565b601f8211156104a457828211156104a457805f5260205f20601f840160051c60208510156117d757505f5b90810190601f840160051c035f5b81811015610c21575f838201556001016117e5565b815167ffffffffffffffff81111561181457611814611488565b61182881611822845461167e565b846117ac565b6020601f82116001811461185a575f83156118435750848201515b5f19600385901b1c1916600184901b178455610c23565b5f848152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08516915b828110156118a75787850151825560209485019460019092019101611887565b50848210156118c457868401515f19600387901b60f8161c191681555b50505050600190811b0190555056",
}

// PlainERC721URI is an auto generated Go binding around an Ethereum contract.
type PlainERC721URI struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PlainERC721URI) GetABI() abi.ABI {
	return c.abi
}

// NewPlainERC721URI creates a new instance of PlainERC721URI.
func NewPlainERC721URI() *PlainERC721URI {
	parsed, err := PlainERC721URIMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PlainERC721URI{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PlainERC721URI) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (plainERC721URI *PlainERC721URI) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := plainERC721URI.abi.Pack("approve", to, tokenId)
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
func (plainERC721URI *PlainERC721URI) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return plainERC721URI.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (plainERC721URI *PlainERC721URI) PackBalanceOf(owner common.Address) []byte {
	enc, err := plainERC721URI.abi.Pack("balanceOf", owner)
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
func (plainERC721URI *PlainERC721URI) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return plainERC721URI.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (plainERC721URI *PlainERC721URI) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := plainERC721URI.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (plainERC721URI *PlainERC721URI) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := plainERC721URI.abi.Pack("getApproved", tokenId)
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
func (plainERC721URI *PlainERC721URI) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return plainERC721URI.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (plainERC721URI *PlainERC721URI) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := plainERC721URI.abi.Unpack("getApproved", data)
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
func (plainERC721URI *PlainERC721URI) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := plainERC721URI.abi.Pack("isApprovedForAll", owner, operator)
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
func (plainERC721URI *PlainERC721URI) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return plainERC721URI.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (plainERC721URI *PlainERC721URI) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := plainERC721URI.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0def521.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, string uri) returns(uint256 id)
func (plainERC721URI *PlainERC721URI) PackMint(to common.Address, uri string) []byte {
	enc, err := plainERC721URI.abi.Pack("mint", to, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0def521.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, string uri) returns(uint256 id)
func (plainERC721URI *PlainERC721URI) TryPackMint(to common.Address, uri string) ([]byte, error) {
	return plainERC721URI.abi.Pack("mint", to, uri)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd0def521.
//
// Solidity: function mint(address to, string uri) returns(uint256 id)
func (plainERC721URI *PlainERC721URI) UnpackMint(data []byte) (*big.Int, error) {
	out, err := plainERC721URI.abi.Unpack("mint", data)
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
// Solidity: function name() view returns(string)
func (plainERC721URI *PlainERC721URI) PackName() []byte {
	enc, err := plainERC721URI.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (plainERC721URI *PlainERC721URI) TryPackName() ([]byte, error) {
	return plainERC721URI.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (plainERC721URI *PlainERC721URI) UnpackName(data []byte) (string, error) {
	out, err := plainERC721URI.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (plainERC721URI *PlainERC721URI) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := plainERC721URI.abi.Pack("ownerOf", tokenId)
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
func (plainERC721URI *PlainERC721URI) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return plainERC721URI.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (plainERC721URI *PlainERC721URI) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := plainERC721URI.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (plainERC721URI *PlainERC721URI) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := plainERC721URI.abi.Pack("safeTransferFrom", from, to, tokenId)
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
func (plainERC721URI *PlainERC721URI) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return plainERC721URI.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (plainERC721URI *PlainERC721URI) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := plainERC721URI.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
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
func (plainERC721URI *PlainERC721URI) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return plainERC721URI.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (plainERC721URI *PlainERC721URI) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := plainERC721URI.abi.Pack("setApprovalForAll", operator, approved)
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
func (plainERC721URI *PlainERC721URI) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return plainERC721URI.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (plainERC721URI *PlainERC721URI) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := plainERC721URI.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (plainERC721URI *PlainERC721URI) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return plainERC721URI.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (plainERC721URI *PlainERC721URI) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := plainERC721URI.abi.Unpack("supportsInterface", data)
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
// Solidity: function symbol() view returns(string)
func (plainERC721URI *PlainERC721URI) PackSymbol() []byte {
	enc, err := plainERC721URI.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (plainERC721URI *PlainERC721URI) TryPackSymbol() ([]byte, error) {
	return plainERC721URI.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (plainERC721URI *PlainERC721URI) UnpackSymbol(data []byte) (string, error) {
	out, err := plainERC721URI.abi.Unpack("symbol", data)
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
func (plainERC721URI *PlainERC721URI) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := plainERC721URI.abi.Pack("tokenURI", tokenId)
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
func (plainERC721URI *PlainERC721URI) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return plainERC721URI.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (plainERC721URI *PlainERC721URI) UnpackTokenURI(data []byte) (string, error) {
	out, err := plainERC721URI.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (plainERC721URI *PlainERC721URI) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := plainERC721URI.abi.Pack("transferFrom", from, to, tokenId)
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
func (plainERC721URI *PlainERC721URI) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return plainERC721URI.abi.Pack("transferFrom", from, to, tokenId)
}

// PlainERC721URIApproval represents a Approval event raised by the PlainERC721URI contract.
type PlainERC721URIApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const PlainERC721URIApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (PlainERC721URIApproval) ContractEventName() string {
	return PlainERC721URIApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (plainERC721URI *PlainERC721URI) UnpackApprovalEvent(log *types.Log) (*PlainERC721URIApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plainERC721URI.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlainERC721URIApproval)
	if len(log.Data) > 0 {
		if err := plainERC721URI.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plainERC721URI.abi.Events[event].Inputs {
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

// PlainERC721URIApprovalForAll represents a ApprovalForAll event raised by the PlainERC721URI contract.
type PlainERC721URIApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const PlainERC721URIApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (PlainERC721URIApprovalForAll) ContractEventName() string {
	return PlainERC721URIApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (plainERC721URI *PlainERC721URI) UnpackApprovalForAllEvent(log *types.Log) (*PlainERC721URIApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plainERC721URI.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlainERC721URIApprovalForAll)
	if len(log.Data) > 0 {
		if err := plainERC721URI.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plainERC721URI.abi.Events[event].Inputs {
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

// PlainERC721URIBatchMetadataUpdate represents a BatchMetadataUpdate event raised by the PlainERC721URI contract.
type PlainERC721URIBatchMetadataUpdate struct {
	FromTokenId *big.Int
	ToTokenId   *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const PlainERC721URIBatchMetadataUpdateEventName = "BatchMetadataUpdate"

// ContractEventName returns the user-defined event name.
func (PlainERC721URIBatchMetadataUpdate) ContractEventName() string {
	return PlainERC721URIBatchMetadataUpdateEventName
}

// UnpackBatchMetadataUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchMetadataUpdate(uint256 _fromTokenId, uint256 _toTokenId)
func (plainERC721URI *PlainERC721URI) UnpackBatchMetadataUpdateEvent(log *types.Log) (*PlainERC721URIBatchMetadataUpdate, error) {
	event := "BatchMetadataUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plainERC721URI.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlainERC721URIBatchMetadataUpdate)
	if len(log.Data) > 0 {
		if err := plainERC721URI.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plainERC721URI.abi.Events[event].Inputs {
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

// PlainERC721URIMetadataUpdate represents a MetadataUpdate event raised by the PlainERC721URI contract.
type PlainERC721URIMetadataUpdate struct {
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PlainERC721URIMetadataUpdateEventName = "MetadataUpdate"

// ContractEventName returns the user-defined event name.
func (PlainERC721URIMetadataUpdate) ContractEventName() string {
	return PlainERC721URIMetadataUpdateEventName
}

// UnpackMetadataUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MetadataUpdate(uint256 _tokenId)
func (plainERC721URI *PlainERC721URI) UnpackMetadataUpdateEvent(log *types.Log) (*PlainERC721URIMetadataUpdate, error) {
	event := "MetadataUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plainERC721URI.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlainERC721URIMetadataUpdate)
	if len(log.Data) > 0 {
		if err := plainERC721URI.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plainERC721URI.abi.Events[event].Inputs {
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

// PlainERC721URITransfer represents a Transfer event raised by the PlainERC721URI contract.
type PlainERC721URITransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PlainERC721URITransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (PlainERC721URITransfer) ContractEventName() string {
	return PlainERC721URITransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (plainERC721URI *PlainERC721URI) UnpackTransferEvent(log *types.Log) (*PlainERC721URITransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plainERC721URI.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlainERC721URITransfer)
	if len(log.Data) > 0 {
		if err := plainERC721URI.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plainERC721URI.abi.Events[event].Inputs {
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
func (plainERC721URI *PlainERC721URI) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], plainERC721URI.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return plainERC721URI.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], plainERC721URI.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return plainERC721URI.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], plainERC721URI.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return plainERC721URI.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], plainERC721URI.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return plainERC721URI.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], plainERC721URI.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return plainERC721URI.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], plainERC721URI.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return plainERC721URI.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], plainERC721URI.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return plainERC721URI.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], plainERC721URI.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return plainERC721URI.UnpackERC721NonexistentTokenError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PlainERC721URIERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the PlainERC721URI contract.
type PlainERC721URIERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func PlainERC721URIERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (plainERC721URI *PlainERC721URI) UnpackERC721IncorrectOwnerError(raw []byte) (*PlainERC721URIERC721IncorrectOwner, error) {
	out := new(PlainERC721URIERC721IncorrectOwner)
	if err := plainERC721URI.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlainERC721URIERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the PlainERC721URI contract.
type PlainERC721URIERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func PlainERC721URIERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (plainERC721URI *PlainERC721URI) UnpackERC721InsufficientApprovalError(raw []byte) (*PlainERC721URIERC721InsufficientApproval, error) {
	out := new(PlainERC721URIERC721InsufficientApproval)
	if err := plainERC721URI.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlainERC721URIERC721InvalidApprover represents a ERC721InvalidApprover error raised by the PlainERC721URI contract.
type PlainERC721URIERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func PlainERC721URIERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (plainERC721URI *PlainERC721URI) UnpackERC721InvalidApproverError(raw []byte) (*PlainERC721URIERC721InvalidApprover, error) {
	out := new(PlainERC721URIERC721InvalidApprover)
	if err := plainERC721URI.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlainERC721URIERC721InvalidOperator represents a ERC721InvalidOperator error raised by the PlainERC721URI contract.
type PlainERC721URIERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func PlainERC721URIERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (plainERC721URI *PlainERC721URI) UnpackERC721InvalidOperatorError(raw []byte) (*PlainERC721URIERC721InvalidOperator, error) {
	out := new(PlainERC721URIERC721InvalidOperator)
	if err := plainERC721URI.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlainERC721URIERC721InvalidOwner represents a ERC721InvalidOwner error raised by the PlainERC721URI contract.
type PlainERC721URIERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func PlainERC721URIERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (plainERC721URI *PlainERC721URI) UnpackERC721InvalidOwnerError(raw []byte) (*PlainERC721URIERC721InvalidOwner, error) {
	out := new(PlainERC721URIERC721InvalidOwner)
	if err := plainERC721URI.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlainERC721URIERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the PlainERC721URI contract.
type PlainERC721URIERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func PlainERC721URIERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (plainERC721URI *PlainERC721URI) UnpackERC721InvalidReceiverError(raw []byte) (*PlainERC721URIERC721InvalidReceiver, error) {
	out := new(PlainERC721URIERC721InvalidReceiver)
	if err := plainERC721URI.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlainERC721URIERC721InvalidSender represents a ERC721InvalidSender error raised by the PlainERC721URI contract.
type PlainERC721URIERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func PlainERC721URIERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (plainERC721URI *PlainERC721URI) UnpackERC721InvalidSenderError(raw []byte) (*PlainERC721URIERC721InvalidSender, error) {
	out := new(PlainERC721URIERC721InvalidSender)
	if err := plainERC721URI.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlainERC721URIERC721NonexistentToken represents a ERC721NonexistentToken error raised by the PlainERC721URI contract.
type PlainERC721URIERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func PlainERC721URIERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (plainERC721URI *PlainERC721URI) UnpackERC721NonexistentTokenError(raw []byte) (*PlainERC721URIERC721NonexistentToken, error) {
	out := new(PlainERC721URIERC721NonexistentToken)
	if err := plainERC721URI.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantActorMetaData contains all meta data concerning the ReentrantActor contract.
var ReentrantActorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"callValue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"onEth\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"onToken\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"reject\",\"type\":\"bool\"}],\"name\":\"configure\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"exec\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"onEthCall\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"onTokenCall\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rejectAfter\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"result\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"attempts\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"successes\",\"type\":\"uint64\"},{\"internalType\":\"bytes4\",\"name\":\"lastRevert\",\"type\":\"bytes4\"},{\"internalType\":\"bool\",\"name\":\"configured\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"target\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "ReentrantActor",
	Bin: "0x6080604052348015600e575f5ffd5b50610d5c8061001c5f395ff3fe608060405260043610610096575f3560e01c8063aa29752711610066578063be6002c21161004c578063be6002c214610330578063d4b8399214610343578063d62457f614610393575f5ffd5b8063aa297527146102fd578063b30167721461031c575f5ffd5b8063150b7a02146101a357806325a8396f146101f85780633401bfa9146102195780636537214714610242575f5ffd5b3661019f5761012c600180546100ab90610875565b80601f01602080910402602001604051908101604052809291908181526020018280546100d790610875565b80156101225780601f106100f957610100808354040283529160200191610122565b820191905f5260205f20905b81548152906001019060200180831161010557829003601f168201915b50505050506103b6565b60045460ff161561019d576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601960248201527f5265656e7472616e744163746f723a2072656a656374696e6700000000000000604482015260640160405180910390fd5b005b5f5ffd5b3480156101ae575f5ffd5b506101c26101bd366004610933565b61061e565b6040517fffffffff0000000000000000000000000000000000000000000000000000000090911681526020015b60405180910390f35b348015610203575f5ffd5b5061020c61065a565b6040516101ef919061099d565b348015610224575f5ffd5b506004546102329060ff1681565b60405190151581526020016101ef565b34801561024d575f5ffd5b506005546102a89067ffffffffffffffff8082169168010000000000000000810490911690700100000000000000000000000000000000810460e01b9074010000000000000000000000000000000000000000900460ff1684565b6040805167ffffffffffffffff95861681529490931660208501527fffffffff0000000000000000000000000000000000000000000000000000000090911691830191909152151560608201526080016101ef565b348015610308575f5ffd5b5061019d6103173660046109f0565b6106e6565b348015610327575f5ffd5b5061020c6107e2565b61020c61033e366004610a90565b6107ef565b34801561034e575f5ffd5b505f5461036e9073ffffffffffffffffffffffffffffffffffffffff1681565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016101ef565b34801561039e575f5ffd5b506103a860035481565b6040519081526020016101ef565b80515f036103c15750565b6040805160808101825260055467ffffffffffffffff8082168084526801000000000000000083049091166020840152700100000000000000000000000000000000820460e01b7fffffffff00000000000000000000000000000000000000000000000000000000169383019390935274010000000000000000000000000000000000000000900460ff1615156060820152908161045e82610adf565b67ffffffffffffffff169052505f8054600354604051839273ffffffffffffffffffffffffffffffffffffffff169190610499908790610b30565b5f6040518083038185875af1925050503d805f81146104d3576040519150601f19603f3d011682016040523d82523d5f602084013e6104d8565b606091505b5091509150811561050557602083018051906104f382610adf565b67ffffffffffffffff16905250610536565b61050e81610b46565b7fffffffff000000000000000000000000000000000000000000000000000000001660408401525b505080516005805460208401516040850151606090950151151574010000000000000000000000000000000000000000027fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff60e09690961c70010000000000000000000000000000000002959095167fffffffffffffffffffffff0000000000ffffffffffffffffffffffffffffffff67ffffffffffffffff92831668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909416929095169190911791909117929092169190911791909117905550565b5f61062f600280546100ab90610875565b507f150b7a020000000000000000000000000000000000000000000000000000000095945050505050565b6002805461066790610875565b80601f016020809104026020016040519081016040528092919081815260200182805461069390610875565b80156106de5780601f106106b5576101008083540402835291602001916106de565b820191905f5260205f20905b8154815290600101906020018083116106c157829003601f168201915b505050505081565b5f80547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff89161790556001610732868883610c36565b506002610740848683610c36565b50600391909155600480549115157fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff009092169190911790555050604080516080810182525f808252602082018190529181019190915260016060909101525050600580547fffffffffffffffffffffff000000000000000000000000000000000000000000167401000000000000000000000000000000000000000017905550565b6001805461066790610875565b60605f5f8573ffffffffffffffffffffffffffffffffffffffff1634868660405161081b929190610d4d565b5f6040518083038185875af1925050503d805f8114610855576040519150601f19603f3d011682016040523d82523d5f602084013e61085a565b606091505b50915091508161086c57805160208201fd5b95945050505050565b600181811c9082168061088957607f821691505b6020821081036108c0577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b803573ffffffffffffffffffffffffffffffffffffffff811681146108e9575f5ffd5b919050565b5f5f83601f8401126108fe575f5ffd5b50813567ffffffffffffffff811115610915575f5ffd5b60208301915083602082850101111561092c575f5ffd5b9250929050565b5f5f5f5f5f60808688031215610947575f5ffd5b610950866108c6565b945061095e602087016108c6565b935060408601359250606086013567ffffffffffffffff811115610980575f5ffd5b61098c888289016108ee565b969995985093965092949392505050565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b5f5f5f5f5f5f5f60a0888a031215610a06575f5ffd5b610a0f886108c6565b9650602088013567ffffffffffffffff811115610a2a575f5ffd5b610a368a828b016108ee565b909750955050604088013567ffffffffffffffff811115610a55575f5ffd5b610a618a828b016108ee565b9095509350506060880135915060808801358015158114610a80575f5ffd5b8091505092959891949750929550565b5f5f5f60408486031215610aa2575f5ffd5b610aab846108c6565b9250602084013567ffffffffffffffff811115610ac6575f5ffd5b610ad2868287016108ee565b9497909650939450505050565b5f67ffffffffffffffff821667ffffffffffffffff8103610b27577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b60010192915050565b5f82518060208501845e5f920191825250919050565b805160208201517fffffffff00000000000000000000000000000000000000000000000000000000811691906004821015610bab577fffffffff00000000000000000000000000000000000000000000000000000000808360040360031b1b82161692505b5050919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b601f821115610c315782821115610c3157805f5260205f20601f840160051c6020851015610c0a57505f5b90810190601f840160051c035f5b81811015610c2d575f83820155600101610c18565b5050505b505050565b67ffffffffffffffff831115610c4e57610c4e610bb2565b610c6283610c5c8354610875565b83610bdf565b5f601f841160018114610cb2575f8515610c7c5750838201355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b1c1916600186901b178355610d46565b5f838152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08716915b82811015610cff5786850135825560209485019460019092019101610cdf565b5086821015610d3a577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b818382375f910190815291905056",
}

// ReentrantActor is an auto generated Go binding around an Ethereum contract.
type ReentrantActor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReentrantActor) GetABI() abi.ABI {
	return c.abi
}

// NewReentrantActor creates a new instance of ReentrantActor.
func NewReentrantActor() *ReentrantActor {
	parsed, err := ReentrantActorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReentrantActor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReentrantActor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCallValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd62457f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function callValue() view returns(uint256)
func (reentrantActor *ReentrantActor) PackCallValue() []byte {
	enc, err := reentrantActor.abi.Pack("callValue")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCallValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd62457f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function callValue() view returns(uint256)
func (reentrantActor *ReentrantActor) TryPackCallValue() ([]byte, error) {
	return reentrantActor.abi.Pack("callValue")
}

// UnpackCallValue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd62457f6.
//
// Solidity: function callValue() view returns(uint256)
func (reentrantActor *ReentrantActor) UnpackCallValue(data []byte) (*big.Int, error) {
	out, err := reentrantActor.abi.Unpack("callValue", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConfigure is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa297527.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configure(address target_, bytes onEth, bytes onToken, uint256 value, bool reject) returns()
func (reentrantActor *ReentrantActor) PackConfigure(target common.Address, onEth []byte, onToken []byte, value *big.Int, reject bool) []byte {
	enc, err := reentrantActor.abi.Pack("configure", target, onEth, onToken, value, reject)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigure is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa297527.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configure(address target_, bytes onEth, bytes onToken, uint256 value, bool reject) returns()
func (reentrantActor *ReentrantActor) TryPackConfigure(target common.Address, onEth []byte, onToken []byte, value *big.Int, reject bool) ([]byte, error) {
	return reentrantActor.abi.Pack("configure", target, onEth, onToken, value, reject)
}

// PackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe6002c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exec(address to, bytes data) payable returns(bytes)
func (reentrantActor *ReentrantActor) PackExec(to common.Address, data []byte) []byte {
	enc, err := reentrantActor.abi.Pack("exec", to, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe6002c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exec(address to, bytes data) payable returns(bytes)
func (reentrantActor *ReentrantActor) TryPackExec(to common.Address, data []byte) ([]byte, error) {
	return reentrantActor.abi.Pack("exec", to, data)
}

// UnpackExec is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe6002c2.
//
// Solidity: function exec(address to, bytes data) payable returns(bytes)
func (reentrantActor *ReentrantActor) UnpackExec(data []byte) ([]byte, error) {
	out, err := reentrantActor.abi.Unpack("exec", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (reentrantActor *ReentrantActor) PackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := reentrantActor.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (reentrantActor *ReentrantActor) TryPackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return reentrantActor.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (reentrantActor *ReentrantActor) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := reentrantActor.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnEthCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3016772.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onEthCall() view returns(bytes)
func (reentrantActor *ReentrantActor) PackOnEthCall() []byte {
	enc, err := reentrantActor.abi.Pack("onEthCall")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnEthCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3016772.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onEthCall() view returns(bytes)
func (reentrantActor *ReentrantActor) TryPackOnEthCall() ([]byte, error) {
	return reentrantActor.abi.Pack("onEthCall")
}

// UnpackOnEthCall is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3016772.
//
// Solidity: function onEthCall() view returns(bytes)
func (reentrantActor *ReentrantActor) UnpackOnEthCall(data []byte) ([]byte, error) {
	out, err := reentrantActor.abi.Unpack("onEthCall", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackOnTokenCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25a8396f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onTokenCall() view returns(bytes)
func (reentrantActor *ReentrantActor) PackOnTokenCall() []byte {
	enc, err := reentrantActor.abi.Pack("onTokenCall")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnTokenCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25a8396f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onTokenCall() view returns(bytes)
func (reentrantActor *ReentrantActor) TryPackOnTokenCall() ([]byte, error) {
	return reentrantActor.abi.Pack("onTokenCall")
}

// UnpackOnTokenCall is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25a8396f.
//
// Solidity: function onTokenCall() view returns(bytes)
func (reentrantActor *ReentrantActor) UnpackOnTokenCall(data []byte) ([]byte, error) {
	out, err := reentrantActor.abi.Unpack("onTokenCall", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackRejectAfter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3401bfa9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rejectAfter() view returns(bool)
func (reentrantActor *ReentrantActor) PackRejectAfter() []byte {
	enc, err := reentrantActor.abi.Pack("rejectAfter")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRejectAfter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3401bfa9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rejectAfter() view returns(bool)
func (reentrantActor *ReentrantActor) TryPackRejectAfter() ([]byte, error) {
	return reentrantActor.abi.Pack("rejectAfter")
}

// UnpackRejectAfter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3401bfa9.
//
// Solidity: function rejectAfter() view returns(bool)
func (reentrantActor *ReentrantActor) UnpackRejectAfter(data []byte) (bool, error) {
	out, err := reentrantActor.abi.Unpack("rejectAfter", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65372147.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function result() view returns(uint64 attempts, uint64 successes, bytes4 lastRevert, bool configured)
func (reentrantActor *ReentrantActor) PackResult() []byte {
	enc, err := reentrantActor.abi.Pack("result")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65372147.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function result() view returns(uint64 attempts, uint64 successes, bytes4 lastRevert, bool configured)
func (reentrantActor *ReentrantActor) TryPackResult() ([]byte, error) {
	return reentrantActor.abi.Pack("result")
}

// ResultOutput serves as a container for the return parameters of contract
// method Result.
type ResultOutput struct {
	Attempts   uint64
	Successes  uint64
	LastRevert [4]byte
	Configured bool
}

// UnpackResult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65372147.
//
// Solidity: function result() view returns(uint64 attempts, uint64 successes, bytes4 lastRevert, bool configured)
func (reentrantActor *ReentrantActor) UnpackResult(data []byte) (ResultOutput, error) {
	out, err := reentrantActor.abi.Unpack("result", data)
	outstruct := new(ResultOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Attempts = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Successes = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.LastRevert = *abi.ConvertType(out[2], new([4]byte)).(*[4]byte)
	outstruct.Configured = *abi.ConvertType(out[3], new(bool)).(*bool)
	return *outstruct, nil
}

// PackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function target() view returns(address)
func (reentrantActor *ReentrantActor) PackTarget() []byte {
	enc, err := reentrantActor.abi.Pack("target")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function target() view returns(address)
func (reentrantActor *ReentrantActor) TryPackTarget() ([]byte, error) {
	return reentrantActor.abi.Pack("target")
}

// UnpackTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (reentrantActor *ReentrantActor) UnpackTarget(data []byte) (common.Address, error) {
	out, err := reentrantActor.abi.Unpack("target", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// RejectingPayeeMetaData contains all meta data concerning the RejectingPayee contract.
var RejectingPayeeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"enumRejectingPayee.Mode\",\"name\":\"mode_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"exec\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mode\",\"outputs\":[{\"internalType\":\"enumRejectingPayee.Mode\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumRejectingPayee.Mode\",\"name\":\"mode_\",\"type\":\"uint8\"}],\"name\":\"setMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "RejectingPayee",
	Bin: "0x6080604052348015600e575f5ffd5b5060405161045e38038061045e833981016040819052602b916050565b5f805482919060ff1916600183600281111560465760466073565b0217905550506087565b5f60208284031215605f575f5ffd5b815160038110606c575f5ffd5b9392505050565b634e487b7160e01b5f52602160045260245ffd5b6103ca806100945f395ff3fe608060405260043610610036575f3560e01c806321175b4a14610108578063295a521214610127578063be6002c214610155575f5ffd5b36610104575f5f5460ff1660028111156100525761005261023f565b036100bd576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601260248201527f52656a656374696e6750617965653a206e6f0000000000000000000000000000604482015260640160405180910390fd5b60015f5460ff1660028111156100d5576100d561023f565b03610102575f5b6040805160208082019390935281518082038401815290820190915280519101206100dc565b005b5f5ffd5b348015610113575f5ffd5b5061010261012236600461026c565b610175565b348015610132575f5ffd5b505f5461013f9060ff1681565b60405161014c9190610291565b60405180910390f35b6101686101633660046102d0565b6101b9565b60405161014c9190610368565b5f80548291907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660018360028111156101b1576101b161023f565b021790555050565b60605f5f8573ffffffffffffffffffffffffffffffffffffffff163486866040516101e59291906103bb565b5f6040518083038185875af1925050503d805f811461021f576040519150601f19603f3d011682016040523d82523d5f602084013e610224565b606091505b50915091508161023657805160208201fd5b95945050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f6020828403121561027c575f5ffd5b81356003811061028a575f5ffd5b9392505050565b60208101600383106102ca577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b91905290565b5f5f5f604084860312156102e2575f5ffd5b833573ffffffffffffffffffffffffffffffffffffffff81168114610305575f5ffd5b9250602084013567ffffffffffffffff811115610320575f5ffd5b8401601f81018613610330575f5ffd5b803567ffffffffffffffff811115610346575f5ffd5b866020828401011115610357575f5ffd5b939660209190910195509293505050565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b818382375f910190815291905056",
}

// RejectingPayee is an auto generated Go binding around an Ethereum contract.
type RejectingPayee struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RejectingPayee) GetABI() abi.ABI {
	return c.abi
}

// NewRejectingPayee creates a new instance of RejectingPayee.
func NewRejectingPayee() *RejectingPayee {
	parsed, err := RejectingPayeeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RejectingPayee{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RejectingPayee) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint8 mode_) returns()
func (rejectingPayee *RejectingPayee) PackConstructor(mode_ uint8) []byte {
	enc, err := rejectingPayee.abi.Pack("", mode_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe6002c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exec(address to, bytes data) payable returns(bytes)
func (rejectingPayee *RejectingPayee) PackExec(to common.Address, data []byte) []byte {
	enc, err := rejectingPayee.abi.Pack("exec", to, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe6002c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exec(address to, bytes data) payable returns(bytes)
func (rejectingPayee *RejectingPayee) TryPackExec(to common.Address, data []byte) ([]byte, error) {
	return rejectingPayee.abi.Pack("exec", to, data)
}

// UnpackExec is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe6002c2.
//
// Solidity: function exec(address to, bytes data) payable returns(bytes)
func (rejectingPayee *RejectingPayee) UnpackExec(data []byte) ([]byte, error) {
	out, err := rejectingPayee.abi.Unpack("exec", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mode() view returns(uint8)
func (rejectingPayee *RejectingPayee) PackMode() []byte {
	enc, err := rejectingPayee.abi.Pack("mode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mode() view returns(uint8)
func (rejectingPayee *RejectingPayee) TryPackMode() ([]byte, error) {
	return rejectingPayee.abi.Pack("mode")
}

// UnpackMode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (rejectingPayee *RejectingPayee) UnpackMode(data []byte) (uint8, error) {
	out, err := rejectingPayee.abi.Unpack("mode", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMode(uint8 mode_) returns()
func (rejectingPayee *RejectingPayee) PackSetMode(mode uint8) []byte {
	enc, err := rejectingPayee.abi.Pack("setMode", mode)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMode(uint8 mode_) returns()
func (rejectingPayee *RejectingPayee) TryPackSetMode(mode uint8) ([]byte, error) {
	return rejectingPayee.abi.Pack("setMode", mode)
}
