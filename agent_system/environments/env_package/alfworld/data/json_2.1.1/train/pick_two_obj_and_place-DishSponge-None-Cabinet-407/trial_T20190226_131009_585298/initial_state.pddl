(define (problem plan_trial_T20190226_131009_585298)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        DishSpongeType - otype
        KnifeType - otype
        PlungerType - otype
        SoapBarType - otype
        ToiletPaperType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DrawerType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        ToiletType - rtype
        DishSponge_bar__plus_00_dot_09_bar__plus_00_dot_86_bar__plus_03_dot_00 - object
        DishSponge_bar__minus_02_dot_57_bar__plus_01_dot_07_bar__minus_01_dot_85 - object
        DishSponge_bar__minus_02_dot_46_bar__plus_01_dot_31_bar__plus_02_dot_96 - object
        Plunger_bar__minus_00_dot_43_bar__plus_00_dot_90_bar__plus_00_dot_31 - object
        SoapBar_bar__minus_03_dot_42_bar__plus_00_dot_87_bar__minus_00_dot_66 - object
        ToiletPaper_bar__plus_02_dot_39_bar__plus_03_dot_27_bar__plus_03_dot_13 - object
        Cabinet_bar__plus_02_dot_14_bar__plus_00_dot_06_bar__minus_01_dot_99 - receptacle
        CounterTop_bar__minus_02_dot_12_bar__plus_01_dot_32_bar__plus_02_dot_17 - receptacle
        Drawer_bar__minus_03_dot_49_bar__plus_02_dot_91_bar__plus_00_dot_56 - receptacle
        Drawer_bar__plus_01_dot_88_bar__plus_00_dot_82_bar__minus_00_dot_44 - receptacle
        GarbageCan_bar__minus_03_dot_24_bar__plus_01_dot_71_bar__minus_01_dot_62 - receptacle
        Shelf_bar__plus_03_dot_26_bar__plus_02_dot_77_bar__plus_00_dot_71 - receptacle
        Sink_bar__minus_00_dot_79_bar__plus_00_dot_62_bar__plus_01_dot_70_bar_SinkBasin - receptacle
        Toilet_bar__plus_00_dot_05_bar__plus_02_dot_29_bar__minus_00_dot_16 - receptacle
        loc_bar_0_bar_4_bar_0_bar_30 - location
        loc_bar_0_bar_8_bar_3_bar__minus_30 - location
        loc_bar_3_bar_3_bar_2_bar__minus_30 - location
        loc_bar_4_bar__minus_3_bar_3_bar_0 - location
        loc_bar_7_bar_9_bar_3_bar_60 - location
        loc_bar_7_bar__minus_9_bar_0_bar_0 - location
        loc_bar_9_bar__minus_4_bar_0_bar_60 - location
        loc_bar__minus_4_bar_0_bar_0_bar__minus_30 - location
        loc_bar__minus_7_bar__minus_4_bar_1_bar_60 - location
    )
    (:init
        (atLocation agent1 loc_bar_4_bar__minus_3_bar_3_bar_0)
        (receptacleType Cabinet_bar__plus_02_dot_14_bar__plus_00_dot_06_bar__minus_01_dot_99 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_14_bar__plus_00_dot_06_bar__minus_01_dot_99 loc_bar_7_bar__minus_9_bar_0_bar_0)
        (openable Cabinet_bar__plus_02_dot_14_bar__plus_00_dot_06_bar__minus_01_dot_99)
        (receptacleType CounterTop_bar__minus_02_dot_12_bar__plus_01_dot_32_bar__plus_02_dot_17 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_02_dot_12_bar__plus_01_dot_32_bar__plus_02_dot_17 loc_bar_0_bar_8_bar_3_bar__minus_30)
        (receptacleType Drawer_bar__minus_03_dot_49_bar__plus_02_dot_91_bar__plus_00_dot_56 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_03_dot_49_bar__plus_02_dot_91_bar__plus_00_dot_56 loc_bar__minus_4_bar_0_bar_0_bar__minus_30)
        (openable Drawer_bar__minus_03_dot_49_bar__plus_02_dot_91_bar__plus_00_dot_56)
        (receptacleType Drawer_bar__plus_01_dot_88_bar__plus_00_dot_82_bar__minus_00_dot_44 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_88_bar__plus_00_dot_82_bar__minus_00_dot_44 loc_bar_0_bar_4_bar_0_bar_30)
        (openable Drawer_bar__plus_01_dot_88_bar__plus_00_dot_82_bar__minus_00_dot_44)
        (receptacleType GarbageCan_bar__minus_03_dot_24_bar__plus_01_dot_71_bar__minus_01_dot_62 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_03_dot_24_bar__plus_01_dot_71_bar__minus_01_dot_62 loc_bar_9_bar__minus_4_bar_0_bar_60)
        (receptacleType Shelf_bar__plus_03_dot_26_bar__plus_02_dot_77_bar__plus_00_dot_71 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_03_dot_26_bar__plus_02_dot_77_bar__plus_00_dot_71 loc_bar_3_bar_3_bar_2_bar__minus_30)
        (receptacleType Sink_bar__minus_00_dot_79_bar__plus_00_dot_62_bar__plus_01_dot_70_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_00_dot_79_bar__plus_00_dot_62_bar__plus_01_dot_70_bar_SinkBasin loc_bar__minus_7_bar__minus_4_bar_1_bar_60)
        (receptacleType Toilet_bar__plus_00_dot_05_bar__plus_02_dot_29_bar__minus_00_dot_16 ToiletType)
        (receptacleAtLocation Toilet_bar__plus_00_dot_05_bar__plus_02_dot_29_bar__minus_00_dot_16 loc_bar_7_bar_9_bar_3_bar_60)
        (objectType DishSponge_bar__plus_00_dot_09_bar__plus_00_dot_86_bar__plus_03_dot_00 DishSpongeType)
        (pickupable DishSponge_bar__plus_00_dot_09_bar__plus_00_dot_86_bar__plus_03_dot_00)
        (cleanable DishSponge_bar__plus_00_dot_09_bar__plus_00_dot_86_bar__plus_03_dot_00)
        (inReceptacle DishSponge_bar__plus_00_dot_09_bar__plus_00_dot_86_bar__plus_03_dot_00 Drawer_bar__plus_01_dot_88_bar__plus_00_dot_82_bar__minus_00_dot_44)
        (objectAtLocation DishSponge_bar__plus_00_dot_09_bar__plus_00_dot_86_bar__plus_03_dot_00 loc_bar_0_bar_4_bar_0_bar_30)
        (objectType DishSponge_bar__minus_02_dot_57_bar__plus_01_dot_07_bar__minus_01_dot_85 DishSpongeType)
        (pickupable DishSponge_bar__minus_02_dot_57_bar__plus_01_dot_07_bar__minus_01_dot_85)
        (cleanable DishSponge_bar__minus_02_dot_57_bar__plus_01_dot_07_bar__minus_01_dot_85)
        (inReceptacle DishSponge_bar__minus_02_dot_57_bar__plus_01_dot_07_bar__minus_01_dot_85 Sink_bar__minus_00_dot_79_bar__plus_00_dot_62_bar__plus_01_dot_70_bar_SinkBasin)
        (objectAtLocation DishSponge_bar__minus_02_dot_57_bar__plus_01_dot_07_bar__minus_01_dot_85 loc_bar__minus_7_bar__minus_4_bar_1_bar_60)
        (objectType DishSponge_bar__minus_02_dot_46_bar__plus_01_dot_31_bar__plus_02_dot_96 DishSpongeType)
        (pickupable DishSponge_bar__minus_02_dot_46_bar__plus_01_dot_31_bar__plus_02_dot_96)
        (cleanable DishSponge_bar__minus_02_dot_46_bar__plus_01_dot_31_bar__plus_02_dot_96)
        (inReceptacle DishSponge_bar__minus_02_dot_46_bar__plus_01_dot_31_bar__plus_02_dot_96 GarbageCan_bar__minus_03_dot_24_bar__plus_01_dot_71_bar__minus_01_dot_62)
        (objectAtLocation DishSponge_bar__minus_02_dot_46_bar__plus_01_dot_31_bar__plus_02_dot_96 loc_bar_9_bar__minus_4_bar_0_bar_60)
        (objectType Plunger_bar__minus_00_dot_43_bar__plus_00_dot_90_bar__plus_00_dot_31 PlungerType)
        (pickupable Plunger_bar__minus_00_dot_43_bar__plus_00_dot_90_bar__plus_00_dot_31)
        (inReceptacle Plunger_bar__minus_00_dot_43_bar__plus_00_dot_90_bar__plus_00_dot_31 Cabinet_bar__plus_02_dot_14_bar__plus_00_dot_06_bar__minus_01_dot_99)
        (objectAtLocation Plunger_bar__minus_00_dot_43_bar__plus_00_dot_90_bar__plus_00_dot_31 loc_bar_7_bar__minus_9_bar_0_bar_0)
        (objectType SoapBar_bar__minus_03_dot_42_bar__plus_00_dot_87_bar__minus_00_dot_66 SoapBarType)
        (pickupable SoapBar_bar__minus_03_dot_42_bar__plus_00_dot_87_bar__minus_00_dot_66)
        (cleanable SoapBar_bar__minus_03_dot_42_bar__plus_00_dot_87_bar__minus_00_dot_66)
        (inReceptacle SoapBar_bar__minus_03_dot_42_bar__plus_00_dot_87_bar__minus_00_dot_66 Toilet_bar__plus_00_dot_05_bar__plus_02_dot_29_bar__minus_00_dot_16)
        (objectAtLocation SoapBar_bar__minus_03_dot_42_bar__plus_00_dot_87_bar__minus_00_dot_66 loc_bar_7_bar_9_bar_3_bar_60)
        (objectType ToiletPaper_bar__plus_02_dot_39_bar__plus_03_dot_27_bar__plus_03_dot_13 ToiletPaperType)
        (pickupable ToiletPaper_bar__plus_02_dot_39_bar__plus_03_dot_27_bar__plus_03_dot_13)
        (inReceptacle ToiletPaper_bar__plus_02_dot_39_bar__plus_03_dot_27_bar__plus_03_dot_13 Toilet_bar__plus_00_dot_05_bar__plus_02_dot_29_bar__minus_00_dot_16)
        (objectAtLocation ToiletPaper_bar__plus_02_dot_39_bar__plus_03_dot_27_bar__plus_03_dot_13 loc_bar_7_bar_9_bar_3_bar_60)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType PlungerType)
        (canContain CabinetType SoapBarType)
        (canContain CabinetType ToiletPaperType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType SoapBarType)
        (canContain CounterTopType ToiletPaperType)
        (canContain DrawerType DishSpongeType)
        (canContain DrawerType SoapBarType)
        (canContain DrawerType ToiletPaperType)
        (canContain GarbageCanType DishSpongeType)
        (canContain GarbageCanType SoapBarType)
        (canContain GarbageCanType ToiletPaperType)
        (canContain ShelfType DishSpongeType)
        (canContain ShelfType SoapBarType)
        (canContain ShelfType ToiletPaperType)
        (canContain SinkBasinType DishSpongeType)
        (canContain SinkBasinType SoapBarType)
        (canContain ToiletType DishSpongeType)
        (canContain ToiletType SoapBarType)
        (canContain ToiletType ToiletPaperType)
    )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 DishSpongeType)
                                    (receptacleType ?r CabinetType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 DishSpongeType)
                                            (receptacleType ?r CabinetType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
