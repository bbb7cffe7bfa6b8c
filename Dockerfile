# A static market binary on a distroless base, running as non-root.
# (No Docker engine runs on our development machines: keep this simple.)
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o /out/market ./cmd/market && mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/market /usr/local/bin/market
# The volume starts out owned by the user that writes it.
COPY --from=build --chown=65532:65532 /out/data /data
# Listen on every interface inside the container; the gateway keeps its own
# host name (localhost) apart from the app's (127.0.0.1) for cookie isolation.
ENV MARKET_DATA_DIR=/data \
    MARKET_ADDR=0.0.0.0:8080 \
    MARKET_PUBLIC_URL=http://127.0.0.1:8080 \
    MARKET_GATEWAY_ADDR=0.0.0.0:8081 \
    MARKET_GATEWAY_URL=http://localhost:8081 \
    MARKET_CHAIN_ADDR=0.0.0.0:8545
VOLUME /data
EXPOSE 8080 8081 8545
USER nonroot:nonroot
ENTRYPOINT ["/usr/local/bin/market"]
CMD ["serve"]
