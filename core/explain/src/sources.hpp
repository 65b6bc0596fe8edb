// Where each formula is published (domain reference §11). Exchange pages by their address;
// books by their title.
#pragma once

namespace isomargin::explain::source {

// OKX spot margin, isolated.
constexpr const char* kOkxOpening =
    "OKX: Introduction to the isolated mode, https://okx.huicker.com/fi/help/"
    "vii-introduction-to-the-isolated-mode-of-single-multi-currency-portfolio-margin";
constexpr const char* kOkxIsolated = "OKX: Isolated margin mode, https://www.okx.com/en-eu/help/iv-isolated-margin-mode";
constexpr const char* kOkxMarginOld = "OKX: Isolated margin (older help), https://www.okx.com/help-center/6997123251341";
constexpr const char* kOkxQuickMargin =
    "OKX: Quick Margin mode, https://supdljgzdhc.okx.com/hc/en-us/articles/10665080281997-V-Quick-Margin-Mode";
constexpr const char* kOkxMarginPnl =
    "OKX: Profit and loss calculation of margin, https://www.okx.com/tr/help/iii-profit-and-loss-calculation-of-margin";
constexpr const char* kOkxTiers = "OKX API: GET /api/v5/public/position-tiers, https://www.okx.com/docs-v5/en/";
constexpr const char* kOkxMarginLiquidation =
    "OKX: Partial liquidation of margin positions, https://support.okexcn.com/hc/en-us/articles/360037209112";
constexpr const char* kOkxWhenLiquidated =
    "OKX: When would my order be liquidated?, https://www.okx.com/learn/when-would-my-order-be-liquidated";

// OKX perpetual swaps and futures.
constexpr const char* kOkxCalculator =
    "OKX: How do I use the liquidation price calculator?, "
    "https://hk.okx.com/help/how-do-i-use-the-liquidation-price-calculator";
constexpr const char* kOkxTieredMmr =
    "OKX: Tiered maintenance margin ratio rules, https://okx.huicker.com/fr-fr/help/v-tiered-maintenance-margin-ratio-rules";
constexpr const char* kOkxContractLiquidation =
    "OKX: Forced partial or full liquidation, "
    "https://supdljgzdhc.okx.com/hc/en-us/articles/360020411711-V-Forced-Partial-or-Full-Liquidation";

// Other exchanges, for the conventions.
constexpr const char* kBinanceLinear =
    "Binance: Liquidation price (USDⓈ-M), https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93";
constexpr const char* kBinanceInverse =
    "Binance: Liquidation price (COIN-M), https://www.binance.com/en/support/faq/ceccfcfb4e3a45e3b48b0b1bb1a8ae46";
constexpr const char* kBinanceCalculator = "Binance FAQ: How to use Binance Futures calculator";
constexpr const char* kBybitLinear =
    "Bybit: Liquidation price (USDT contract), "
    "https://testnet.bybit.com/en-US/help-center/s/article/Liquidation-Price-USDT-Contract";
constexpr const char* kBybitInverse =
    "Bybit: Liquidation price under isolated mode (UTA), https://testnet.bybit.com/ar-SA/help-center/article/"
    "Liquidation-Price-Calculation-under-Isolated-Mode-Unified-Trading-Account";
constexpr const char* kBybitEntry = "Bybit: Average entry price, https://testnet.bybit.com/en/help-center/article?id=000001113";
constexpr const char* kBybitCalculator = "Bybit: Calculator, https://help.bybit.com/hc/en-us/articles/360039260154";
constexpr const char* kBitmex = "BitMEX: Isolated margin examples, https://www.bitmex.com/app/isolatedMarginExamples";
constexpr const char* kGate = "Gate help article 27724: liquidation price";
constexpr const char* kHyperliquid = "Hyperliquid: liquidation price, https://github.com/hyperliquid-dex/ts-examples";
constexpr const char* kPhemex = "Phemex help: liquidation price for USDT-M contracts";
constexpr const char* kSimpleInverse = "BTCMEX help: liquidation price of isolated inverse contracts";

// OKX options.
constexpr const char* kOkxOptionMargin = "OKX: Option margin, https://www.okx.com/help/ii-option-margin";
constexpr const char* kOkxOptionFee = "OKX: options liquidation fee (as quoted on a Q&A page; low confidence)";

// The chance of touching a price under geometric Brownian motion.
constexpr const char* kShreve = "S. Shreve, Stochastic Calculus for Finance II (2004), §7.2.1";

}  // namespace isomargin::explain::source
