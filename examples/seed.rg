# The seed article, drawn by hand: "Russia and Turkey are preparing for a
# military confrontation along Syria's border" (syria-2016).
# Render it with:  relgraph render examples/seed.rg -o output/seed.svg

title "Russia and Turkey prepare for a confrontation on Syria's border"
meta cluster syria-2016

actor TUR "Turkey" state aliases: Turkish, Ankara, Erdogan, Davutoglu
actor RUS "Russia" state aliases: Russian
actor US "United States" state aliases: US, America, Biden
actor SAA "Syrian Arab Army" faction aliases: Syrian government forces, Syrian military
actor KURDS "Kurds" armed-group aliases: Kurdish forces, Kurdish militias
actor IS "Islamic State" armed-group aliases: ISIS, Daesh
actor NUSRA "al-Nusra" armed-group
actor JIHADISTS "Jihadist groups" armed-group aliases: jihadists, jihadist proxies
actor NATO "NATO" organisation

Russia threatens Turkey "Russia and Turkey are preparing for a military confrontation along Syria’s border with Turkey."
Turkey threatens Russia "Russia and Turkey are preparing for a military confrontation along Syria’s border with Turkey."
Turkey threatens Kurds "Turkey is currently busy preparing the border in preparation for a military operation against Kurdish forces in Syria."
Turkey opposes Kurds "Turkey has long considered Kurdish militias terrorists."
Turkey supports IS "In recent months evidence has emerged showing Turkish support for IS."
Turkey opposes Russia "Turkey has declared it will not tolerate the presence of Russian troops along the border."
Turkey coerces Russia "Turkish maritime authorities detained 27 Russian ships on the country’s ports on Black Sea in retaliation for the seizure of eight Turkish-flagged ships at Russian ports."
Russia coerces Turkey "… in retaliation for the seizure of eight Turkish-flagged ships at Russian ports."
Russia cooperates with SAA "Russia in coordination with the Syrian Arab Army (SAA) have moved back into the northern Latakia Province." "Russian soldiers are fighting alongside Syrian government forces in the province."
SAA attacks NUSRA "The SAA had wrested control of seven towns controlled by al-Nusra and the jihadists."
SAA attacks IS "The SAA … inflicted significant losses on jihadi groups, including the Islamic State and al-Nusra."
SAA attacks JIHADISTS "The SAA has made advances in Damascus, Aleppo, and Daraa, and inflicted significant losses on jihadi groups."
US threatens IS "We are prepared … to have a military solution to this operation in taking out Daesh."
US meets Turkey "Biden said at a news conference after a meeting with the Turkish Prime Minister Ahmet Davutoglu."
NATO supports JIHADISTS "Biden and Davutoglu also discussed how the NATO coalition might further assist jihadist proxies trying to overthrow the government."
