(define (problem plan_trial_T20190626_060702_060872)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        KnifeType - otype
        PepperShakerType - otype
        SoapBottleType - otype
        WineBottleType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        WineBottle_bar__minus_03_dot_03_bar__plus_00_dot_82_bar__minus_00_dot_40 - object
        WineBottle_bar__minus_02_dot_45_bar__plus_00_dot_54_bar__plus_01_dot_13 - object
        PepperShaker_bar__minus_01_dot_98_bar__plus_02_dot_13_bar__plus_02_dot_67 - object
        SoapBottle_bar__plus_00_dot_37_bar__plus_02_dot_40_bar__plus_01_dot_12 - object
        Cabinet_bar__plus_03_dot_20_bar__plus_02_dot_91_bar__minus_01_dot_58 - receptacle
        CounterTop_bar__minus_03_dot_24_bar__plus_01_dot_80_bar__minus_01_dot_68 - receptacle
        Fridge_bar__plus_03_dot_35_bar__plus_03_dot_29_bar__minus_00_dot_55 - receptacle
        Microwave_bar__minus_02_dot_75_bar__plus_03_dot_24_bar__minus_00_dot_75 - receptacle
        Shelf_bar__minus_00_dot_30_bar__plus_03_dot_17_bar__plus_02_dot_18 - receptacle
        Sink_bar__plus_00_dot_74_bar__plus_02_dot_02_bar__minus_02_dot_12_bar_SinkBasin - receptacle
        StoveBurner_bar__plus_03_dot_26_bar__plus_03_dot_15_bar__plus_02_dot_66 - receptacle
        StoveBurner_bar__plus_02_dot_30_bar__plus_01_dot_32_bar__plus_03_dot_06 - receptacle
        loc_bar_3_bar_6_bar_0_bar_15 - location
        loc_bar_8_bar__minus_4_bar_2_bar_45 - location
        loc_bar__minus_1_bar_2_bar_3_bar_30 - location
        loc_bar__minus_5_bar_9_bar_0_bar_0 - location
        loc_bar__minus_6_bar_5_bar_1_bar_45 - location
        loc_bar__minus_6_bar_9_bar_3_bar_15 - location
        loc_bar__minus_8_bar__minus_3_bar_1_bar_15 - location
        loc_bar__minus_8_bar__minus_9_bar_0_bar_60 - location
        loc_bar__minus_9_bar__minus_5_bar_2_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_5_bar_9_bar_0_bar_0)
        (receptacleType Cabinet_bar__plus_03_dot_20_bar__plus_02_dot_91_bar__minus_01_dot_58 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_03_dot_20_bar__plus_02_dot_91_bar__minus_01_dot_58 loc_bar_8_bar__minus_4_bar_2_bar_45)
        (openable Cabinet_bar__plus_03_dot_20_bar__plus_02_dot_91_bar__minus_01_dot_58)
        (receptacleType CounterTop_bar__minus_03_dot_24_bar__plus_01_dot_80_bar__minus_01_dot_68 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_03_dot_24_bar__plus_01_dot_80_bar__minus_01_dot_68 loc_bar__minus_8_bar__minus_3_bar_1_bar_15)
        (receptacleType Fridge_bar__plus_03_dot_35_bar__plus_03_dot_29_bar__minus_00_dot_55 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_03_dot_35_bar__plus_03_dot_29_bar__minus_00_dot_55 loc_bar_3_bar_6_bar_0_bar_15)
        (openable Fridge_bar__plus_03_dot_35_bar__plus_03_dot_29_bar__minus_00_dot_55)
        (receptacleType Microwave_bar__minus_02_dot_75_bar__plus_03_dot_24_bar__minus_00_dot_75 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_02_dot_75_bar__plus_03_dot_24_bar__minus_00_dot_75 loc_bar__minus_9_bar__minus_5_bar_2_bar__minus_30)
        (openable Microwave_bar__minus_02_dot_75_bar__plus_03_dot_24_bar__minus_00_dot_75)
        (receptacleType Shelf_bar__minus_00_dot_30_bar__plus_03_dot_17_bar__plus_02_dot_18 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_00_dot_30_bar__plus_03_dot_17_bar__plus_02_dot_18 loc_bar__minus_6_bar_9_bar_3_bar_15)
        (receptacleType Sink_bar__plus_00_dot_74_bar__plus_02_dot_02_bar__minus_02_dot_12_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_00_dot_74_bar__plus_02_dot_02_bar__minus_02_dot_12_bar_SinkBasin loc_bar__minus_1_bar_2_bar_3_bar_30)
        (receptacleType StoveBurner_bar__plus_03_dot_26_bar__plus_03_dot_15_bar__plus_02_dot_66 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_03_dot_26_bar__plus_03_dot_15_bar__plus_02_dot_66 loc_bar__minus_8_bar__minus_9_bar_0_bar_60)
        (receptacleType StoveBurner_bar__plus_02_dot_30_bar__plus_01_dot_32_bar__plus_03_dot_06 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_02_dot_30_bar__plus_01_dot_32_bar__plus_03_dot_06 loc_bar__minus_6_bar_5_bar_1_bar_45)
        (objectType WineBottle_bar__minus_03_dot_03_bar__plus_00_dot_82_bar__minus_00_dot_40 WineBottleType)
        (pickupable WineBottle_bar__minus_03_dot_03_bar__plus_00_dot_82_bar__minus_00_dot_40)
        (coolable WineBottle_bar__minus_03_dot_03_bar__plus_00_dot_82_bar__minus_00_dot_40)
        (inReceptacle WineBottle_bar__minus_03_dot_03_bar__plus_00_dot_82_bar__minus_00_dot_40 CounterTop_bar__minus_03_dot_24_bar__plus_01_dot_80_bar__minus_01_dot_68)
        (objectAtLocation WineBottle_bar__minus_03_dot_03_bar__plus_00_dot_82_bar__minus_00_dot_40 loc_bar__minus_8_bar__minus_3_bar_1_bar_15)
        (objectType WineBottle_bar__minus_02_dot_45_bar__plus_00_dot_54_bar__plus_01_dot_13 WineBottleType)
        (pickupable WineBottle_bar__minus_02_dot_45_bar__plus_00_dot_54_bar__plus_01_dot_13)
        (coolable WineBottle_bar__minus_02_dot_45_bar__plus_00_dot_54_bar__plus_01_dot_13)
        (inReceptacle WineBottle_bar__minus_02_dot_45_bar__plus_00_dot_54_bar__plus_01_dot_13 Shelf_bar__minus_00_dot_30_bar__plus_03_dot_17_bar__plus_02_dot_18)
        (objectAtLocation WineBottle_bar__minus_02_dot_45_bar__plus_00_dot_54_bar__plus_01_dot_13 loc_bar__minus_6_bar_9_bar_3_bar_15)
        (objectType PepperShaker_bar__minus_01_dot_98_bar__plus_02_dot_13_bar__plus_02_dot_67 PepperShakerType)
        (pickupable PepperShaker_bar__minus_01_dot_98_bar__plus_02_dot_13_bar__plus_02_dot_67)
        (inReceptacle PepperShaker_bar__minus_01_dot_98_bar__plus_02_dot_13_bar__plus_02_dot_67 Shelf_bar__minus_00_dot_30_bar__plus_03_dot_17_bar__plus_02_dot_18)
        (objectAtLocation PepperShaker_bar__minus_01_dot_98_bar__plus_02_dot_13_bar__plus_02_dot_67 loc_bar__minus_6_bar_9_bar_3_bar_15)
        (objectType SoapBottle_bar__plus_00_dot_37_bar__plus_02_dot_40_bar__plus_01_dot_12 SoapBottleType)
        (pickupable SoapBottle_bar__plus_00_dot_37_bar__plus_02_dot_40_bar__plus_01_dot_12)
        (inReceptacle SoapBottle_bar__plus_00_dot_37_bar__plus_02_dot_40_bar__plus_01_dot_12 Shelf_bar__minus_00_dot_30_bar__plus_03_dot_17_bar__plus_02_dot_18)
        (objectAtLocation SoapBottle_bar__plus_00_dot_37_bar__plus_02_dot_40_bar__plus_01_dot_12 loc_bar__minus_6_bar_9_bar_3_bar_15)
        (canContain CabinetType PepperShakerType)
        (canContain CabinetType SoapBottleType)
        (canContain CabinetType WineBottleType)
        (canContain CounterTopType PepperShakerType)
        (canContain CounterTopType SoapBottleType)
        (canContain CounterTopType WineBottleType)
        (canContain FridgeType WineBottleType)
        (canContain ShelfType PepperShakerType)
        (canContain ShelfType SoapBottleType)
        (canContain ShelfType WineBottleType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o WineBottleType)
                            (receptacleType ?r CabinetType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
