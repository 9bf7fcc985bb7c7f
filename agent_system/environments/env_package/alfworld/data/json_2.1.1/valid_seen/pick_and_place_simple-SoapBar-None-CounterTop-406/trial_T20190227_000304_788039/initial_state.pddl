(define (problem plan_trial_T20190227_000304_788039)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        ClothType - otype
        KnifeType - otype
        PlungerType - otype
        SoapBarType - otype
        TowelType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        ToiletType - rtype
        TowelHolderType - rtype
        SoapBar_bar__minus_03_dot_36_bar__plus_00_dot_85_bar__plus_00_dot_69 - object
        SoapBar_bar__plus_01_dot_24_bar__plus_03_dot_25_bar__minus_02_dot_89 - object
        Plunger_bar__plus_00_dot_96_bar__plus_00_dot_73_bar__plus_01_dot_91 - object
        Cloth_bar__plus_00_dot_75_bar__plus_02_dot_36_bar__minus_02_dot_94 - object
        Towel_bar__minus_02_dot_95_bar__plus_02_dot_14_bar__plus_02_dot_95 - object
        Cabinet_bar__minus_01_dot_91_bar__plus_00_dot_58_bar__plus_02_dot_53 - receptacle
        CounterTop_bar__minus_01_dot_96_bar__plus_03_dot_42_bar__minus_01_dot_85 - receptacle
        GarbageCan_bar__minus_03_dot_25_bar__plus_02_dot_01_bar__plus_00_dot_15 - receptacle
        Shelf_bar__plus_01_dot_32_bar__plus_03_dot_21_bar__minus_02_dot_44 - receptacle
        Sink_bar__plus_03_dot_48_bar__plus_03_dot_50_bar__minus_01_dot_61_bar_SinkBasin - receptacle
        Toilet_bar__minus_01_dot_63_bar__plus_01_dot_36_bar__plus_03_dot_08 - receptacle
        TowelHolder_bar__minus_01_dot_69_bar__plus_03_dot_21_bar__plus_01_dot_50 - receptacle
        loc_bar_0_bar__minus_3_bar_1_bar_30 - location
        loc_bar_2_bar_3_bar_1_bar_60 - location
        loc_bar_8_bar_2_bar_0_bar_0 - location
        loc_bar__minus_1_bar__minus_1_bar_2_bar_15 - location
        loc_bar__minus_3_bar_5_bar_3_bar_60 - location
        loc_bar__minus_6_bar__minus_2_bar_3_bar_0 - location
        loc_bar__minus_6_bar__minus_4_bar_1_bar_30 - location
        loc_bar__minus_6_bar__minus_5_bar_3_bar_60 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_3_bar_5_bar_3_bar_60)
        (receptacleType Cabinet_bar__minus_01_dot_91_bar__plus_00_dot_58_bar__plus_02_dot_53 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_91_bar__plus_00_dot_58_bar__plus_02_dot_53 loc_bar_8_bar_2_bar_0_bar_0)
        (openable Cabinet_bar__minus_01_dot_91_bar__plus_00_dot_58_bar__plus_02_dot_53)
        (receptacleType CounterTop_bar__minus_01_dot_96_bar__plus_03_dot_42_bar__minus_01_dot_85 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_01_dot_96_bar__plus_03_dot_42_bar__minus_01_dot_85 loc_bar__minus_6_bar__minus_5_bar_3_bar_60)
        (receptacleType GarbageCan_bar__minus_03_dot_25_bar__plus_02_dot_01_bar__plus_00_dot_15 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_03_dot_25_bar__plus_02_dot_01_bar__plus_00_dot_15 loc_bar_0_bar__minus_3_bar_1_bar_30)
        (receptacleType Shelf_bar__plus_01_dot_32_bar__plus_03_dot_21_bar__minus_02_dot_44 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_01_dot_32_bar__plus_03_dot_21_bar__minus_02_dot_44 loc_bar_2_bar_3_bar_1_bar_60)
        (receptacleType Sink_bar__plus_03_dot_48_bar__plus_03_dot_50_bar__minus_01_dot_61_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_03_dot_48_bar__plus_03_dot_50_bar__minus_01_dot_61_bar_SinkBasin loc_bar__minus_1_bar__minus_1_bar_2_bar_15)
        (receptacleType Toilet_bar__minus_01_dot_63_bar__plus_01_dot_36_bar__plus_03_dot_08 ToiletType)
        (receptacleAtLocation Toilet_bar__minus_01_dot_63_bar__plus_01_dot_36_bar__plus_03_dot_08 loc_bar__minus_6_bar__minus_4_bar_1_bar_30)
        (receptacleType TowelHolder_bar__minus_01_dot_69_bar__plus_03_dot_21_bar__plus_01_dot_50 TowelHolderType)
        (receptacleAtLocation TowelHolder_bar__minus_01_dot_69_bar__plus_03_dot_21_bar__plus_01_dot_50 loc_bar__minus_6_bar__minus_2_bar_3_bar_0)
        (objectType SoapBar_bar__minus_03_dot_36_bar__plus_00_dot_85_bar__plus_00_dot_69 SoapBarType)
        (pickupable SoapBar_bar__minus_03_dot_36_bar__plus_00_dot_85_bar__plus_00_dot_69)
        (cleanable SoapBar_bar__minus_03_dot_36_bar__plus_00_dot_85_bar__plus_00_dot_69)
        (inReceptacle SoapBar_bar__minus_03_dot_36_bar__plus_00_dot_85_bar__plus_00_dot_69 Shelf_bar__plus_01_dot_32_bar__plus_03_dot_21_bar__minus_02_dot_44)
        (objectAtLocation SoapBar_bar__minus_03_dot_36_bar__plus_00_dot_85_bar__plus_00_dot_69 loc_bar_2_bar_3_bar_1_bar_60)
        (objectType SoapBar_bar__plus_01_dot_24_bar__plus_03_dot_25_bar__minus_02_dot_89 SoapBarType)
        (pickupable SoapBar_bar__plus_01_dot_24_bar__plus_03_dot_25_bar__minus_02_dot_89)
        (cleanable SoapBar_bar__plus_01_dot_24_bar__plus_03_dot_25_bar__minus_02_dot_89)
        (inReceptacle SoapBar_bar__plus_01_dot_24_bar__plus_03_dot_25_bar__minus_02_dot_89 Shelf_bar__plus_01_dot_32_bar__plus_03_dot_21_bar__minus_02_dot_44)
        (objectAtLocation SoapBar_bar__plus_01_dot_24_bar__plus_03_dot_25_bar__minus_02_dot_89 loc_bar_2_bar_3_bar_1_bar_60)
        (objectType Plunger_bar__plus_00_dot_96_bar__plus_00_dot_73_bar__plus_01_dot_91 PlungerType)
        (pickupable Plunger_bar__plus_00_dot_96_bar__plus_00_dot_73_bar__plus_01_dot_91)
        (inReceptacle Plunger_bar__plus_00_dot_96_bar__plus_00_dot_73_bar__plus_01_dot_91 Cabinet_bar__minus_01_dot_91_bar__plus_00_dot_58_bar__plus_02_dot_53)
        (objectAtLocation Plunger_bar__plus_00_dot_96_bar__plus_00_dot_73_bar__plus_01_dot_91 loc_bar_8_bar_2_bar_0_bar_0)
        (objectType Cloth_bar__plus_00_dot_75_bar__plus_02_dot_36_bar__minus_02_dot_94 ClothType)
        (pickupable Cloth_bar__plus_00_dot_75_bar__plus_02_dot_36_bar__minus_02_dot_94)
        (cleanable Cloth_bar__plus_00_dot_75_bar__plus_02_dot_36_bar__minus_02_dot_94)
        (inReceptacle Cloth_bar__plus_00_dot_75_bar__plus_02_dot_36_bar__minus_02_dot_94 Shelf_bar__plus_01_dot_32_bar__plus_03_dot_21_bar__minus_02_dot_44)
        (objectAtLocation Cloth_bar__plus_00_dot_75_bar__plus_02_dot_36_bar__minus_02_dot_94 loc_bar_2_bar_3_bar_1_bar_60)
        (objectType Towel_bar__minus_02_dot_95_bar__plus_02_dot_14_bar__plus_02_dot_95 TowelType)
        (pickupable Towel_bar__minus_02_dot_95_bar__plus_02_dot_14_bar__plus_02_dot_95)
        (inReceptacle Towel_bar__minus_02_dot_95_bar__plus_02_dot_14_bar__plus_02_dot_95 TowelHolder_bar__minus_01_dot_69_bar__plus_03_dot_21_bar__plus_01_dot_50)
        (objectAtLocation Towel_bar__minus_02_dot_95_bar__plus_02_dot_14_bar__plus_02_dot_95 loc_bar__minus_6_bar__minus_2_bar_3_bar_0)
        (canContain CabinetType ClothType)
        (canContain CabinetType PlungerType)
        (canContain CabinetType SoapBarType)
        (canContain CounterTopType ClothType)
        (canContain CounterTopType SoapBarType)
        (canContain GarbageCanType ClothType)
        (canContain GarbageCanType SoapBarType)
        (canContain ShelfType ClothType)
        (canContain ShelfType SoapBarType)
        (canContain SinkBasinType ClothType)
        (canContain SinkBasinType SoapBarType)
        (canContain ToiletType ClothType)
        (canContain ToiletType SoapBarType)
        (canContain TowelHolderType TowelType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o SoapBarType)
                            (receptacleType ?r CounterTopType)
                        )
                    )
                )
            )
        )
    )
