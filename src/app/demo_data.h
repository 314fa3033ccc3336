// Static tables the demo generator draws from: Vietnamese names with their frequencies, provinces,
// kinds of home organisation, and where each of the six overseas cell types plausibly sits.
#pragma once

#include "core/party_unit.h"

#include <span>

namespace orec::app::demo {

// A value and its relative weight (any positive scale).
struct Weighted
{
    const char* text;
    int weight;
};

// Family names by their share of the population in per mille (Nguyễn about 38%, then Trần, Lê,
// Phạm, Hoàng/Huỳnh, Phan, Vũ/Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý and a long tail).
std::span<const Weighted> familyNames();
std::span<const Weighted> maleMiddleNames();
std::span<const Weighted> femaleMiddleNames();
std::span<const Weighted> maleGivenNames();
std::span<const Weighted> femaleGivenNames();
std::span<const Weighted> provinces();

// Kinds of home organisation a committee can be ("Trường Đại học Kỹ thuật"), and the departments
// their cells are named after ("Khoa Cơ khí").
std::span<const char* const> organisations();
std::span<const char* const> departments();
std::span<const char* const> positions();

// A country and the cities a cell or a posting can be in (names as Vietnamese write them).
struct Place
{
    const char* country; // ISO 3166-1 alpha-2
    const char* cities;  // ';'-separated, the capital or main city first
    int weight;
};

// Where cells of each type sit: students in Russia, Japan, Australia, the UK...; workers in Japan,
// Korea, Taiwan...; experts in Laos, Cambodia, Mozambique...; missions everywhere; spouses with the
// larger missions; the self-employed in Germany, the Czech Republic, Poland, the US...
std::span<const Place> placesFor(CellType type);
// Destinations of short official and private trips.
std::span<const Place> shortTripPlaces();

} // namespace orec::app::demo
