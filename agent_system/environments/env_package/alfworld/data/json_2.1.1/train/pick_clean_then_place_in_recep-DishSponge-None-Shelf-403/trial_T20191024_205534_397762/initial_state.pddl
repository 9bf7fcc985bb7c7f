(define (problem plan_trial_T20191024_205534_397762)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        DishSpongeType - otype
        KnifeType - otype
        SoapBarType - otype
        SprayBottleType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        ToiletType - rtype
        TowelHolderType - rtype
        DishSponge_bar__plus_00_dot_40_bar__plus_02_dot_35_bar__plus_00_dot_78 - object
        SprayBottle_bar__minus_00_dot_62_bar__plus_00_dot_80_bar__minus_02_dot_94 - object
        SoapBar_bar__minus_00_dot_52_bar__plus_02_dot_51_bar__minus_03_dot_35 - object
        Cabinet_bar__plus_02_dot_59_bar__plus_00_dot_81_bar__minus_01_dot_81 - receptacle
        CounterTop_bar__plus_01_dot_32_bar__plus_02_dot_05_bar__plus_01_dot_48 - receptacle
        GarbageCan_bar__minus_01_dot_56_bar__plus_01_dot_87_bar__minus_03_dot_10 - receptacle
        Shelf_bar__minus_01_dot_29_bar__plus_02_dot_75_bar__minus_01_dot_89 - receptacle
        Sink_bar__minus_03_dot_08_bar__plus_03_dot_27_bar__plus_03_dot_07_bar_SinkBasin - receptacle
        Toilet_bar__minus_02_dot_30_bar__plus_01_dot_93_bar__minus_02_dot_74 - receptacle
        TowelHolder_bar__plus_02_dot_56_bar__plus_00_dot_28_bar__minus_00_dot_93 - receptacle
        loc_bar_3_bar_8_bar_2_bar_15 - location
        loc_bar_9_bar_5_bar_2_bar_45 - location
        loc_bar_9_bar_7_bar_2_bar_30 - location
        loc_bar__minus_2_bar__minus_4_bar_1_bar_0 - location
        loc_bar__minus_7_bar__minus_9_bar_0_bar_30 - location
        loc_bar__minus_8_bar_4_bar_3_bar_15 - location
        loc_bar__minus_8_bar__minus_2_bar_1_bar_60 - location
        loc_bar__minus_8_bar__minus_5_bar_2_bar_60 - location
    )
    (:init
        (atLocation agent1 loc_bar_9_bar_5_bar_2_bar_45)
        (receptacleType Cabinet_bar__plus_02_dot_59_bar__plus_00_dot_81_bar__minus_01_dot_81 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_59_bar__plus_00_dot_81_bar__minus_01_dot_81 loc_bar__minus_2_bar__minus_4_bar_1_bar_0)
        (openable Cabinet_bar__plus_02_dot_59_bar__plus_00_dot_81_bar__minus_01_dot_81)
        (receptacleType CounterTop_bar__plus_01_dot_32_bar__plus_02_dot_05_bar__plus_01_dot_48 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_01_dot_32_bar__plus_02_dot_05_bar__plus_01_dot_48 loc_bar__minus_8_bar__minus_2_bar_1_bar_60)
        (receptacleType GarbageCan_bar__minus_01_dot_56_bar__plus_01_dot_87_bar__minus_03_dot_10 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_01_dot_56_bar__plus_01_dot_87_bar__minus_03_dot_10 loc_bar__minus_8_bar_4_bar_3_bar_15)
        (receptacleType Shelf_bar__minus_01_dot_29_bar__plus_02_dot_75_bar__minus_01_dot_89 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_01_dot_29_bar__plus_02_dot_75_bar__minus_01_dot_89 loc_bar__minus_7_bar__minus_9_bar_0_bar_30)
        (receptacleType Sink_bar__minus_03_dot_08_bar__plus_03_dot_27_bar__plus_03_dot_07_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_03_dot_08_bar__plus_03_dot_27_bar__plus_03_dot_07_bar_SinkBasin loc_bar__minus_8_bar__minus_5_bar_2_bar_60)
        (receptacleType Toilet_bar__minus_02_dot_30_bar__plus_01_dot_93_bar__minus_02_dot_74 ToiletType)
        (receptacleAtLocation Toilet_bar__minus_02_dot_30_bar__plus_01_dot_93_bar__minus_02_dot_74 loc_bar_9_bar_7_bar_2_bar_30)
        (receptacleType TowelHolder_bar__plus_02_dot_56_bar__plus_00_dot_28_bar__minus_00_dot_93 TowelHolderType)
        (receptacleAtLocation TowelHolder_bar__plus_02_dot_56_bar__plus_00_dot_28_bar__minus_00_dot_93 loc_bar_3_bar_8_bar_2_bar_15)
        (objectType DishSponge_bar__plus_00_dot_40_bar__plus_02_dot_35_bar__plus_00_dot_78 DishSpongeType)
        (pickupable DishSponge_bar__plus_00_dot_40_bar__plus_02_dot_35_bar__plus_00_dot_78)
        (cleanable DishSponge_bar__plus_00_dot_40_bar__plus_02_dot_35_bar__plus_00_dot_78)
        (inReceptacle DishSponge_bar__plus_00_dot_40_bar__plus_02_dot_35_bar__plus_00_dot_78 CounterTop_bar__plus_01_dot_32_bar__plus_02_dot_05_bar__plus_01_dot_48)
        (objectAtLocation DishSponge_bar__plus_00_dot_40_bar__plus_02_dot_35_bar__plus_00_dot_78 loc_bar__minus_8_bar__minus_2_bar_1_bar_60)
        (objectType SprayBottle_bar__minus_00_dot_62_bar__plus_00_dot_80_bar__minus_02_dot_94 SprayBottleType)
        (pickupable SprayBottle_bar__minus_00_dot_62_bar__plus_00_dot_80_bar__minus_02_dot_94)
        (inReceptacle SprayBottle_bar__minus_00_dot_62_bar__plus_00_dot_80_bar__minus_02_dot_94 Shelf_bar__minus_01_dot_29_bar__plus_02_dot_75_bar__minus_01_dot_89)
        (objectAtLocation SprayBottle_bar__minus_00_dot_62_bar__plus_00_dot_80_bar__minus_02_dot_94 loc_bar__minus_7_bar__minus_9_bar_0_bar_30)
        (objectType SoapBar_bar__minus_00_dot_52_bar__plus_02_dot_51_bar__minus_03_dot_35 SoapBarType)
        (pickupable SoapBar_bar__minus_00_dot_52_bar__plus_02_dot_51_bar__minus_03_dot_35)
        (cleanable SoapBar_bar__minus_00_dot_52_bar__plus_02_dot_51_bar__minus_03_dot_35)
        (inReceptacle SoapBar_bar__minus_00_dot_52_bar__plus_02_dot_51_bar__minus_03_dot_35 Sink_bar__minus_03_dot_08_bar__plus_03_dot_27_bar__plus_03_dot_07_bar_SinkBasin)
        (objectAtLocation SoapBar_bar__minus_00_dot_52_bar__plus_02_dot_51_bar__minus_03_dot_35 loc_bar__minus_8_bar__minus_5_bar_2_bar_60)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType SoapBarType)
        (canContain CabinetType SprayBottleType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType SoapBarType)
        (canContain CounterTopType SprayBottleType)
        (canContain GarbageCanType DishSpongeType)
        (canContain GarbageCanType SoapBarType)
        (canContain GarbageCanType SprayBottleType)
        (canContain ShelfType DishSpongeType)
        (canContain ShelfType SoapBarType)
        (canContain ShelfType SprayBottleType)
        (canContain SinkBasinType DishSpongeType)
        (canContain SinkBasinType SoapBarType)
        (canContain ToiletType DishSpongeType)
        (canContain ToiletType SoapBarType)
        (canContain ToiletType SprayBottleType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o DishSpongeType)
                            (receptacleType ?r ShelfType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
