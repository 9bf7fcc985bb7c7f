(define (problem plan_trial_T20190219_055525_436763)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        CandleType - otype
        CreditCardType - otype
        DeskLampType - otype
        KnifeType - otype
        StatueType - otype
        WatchType - otype
        CabinetType - rtype
        CoffeeTableType - rtype
        DrawerType - rtype
        DresserType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        SofaType - rtype
        Candle_bar__plus_00_dot_14_bar__plus_01_dot_88_bar__plus_03_dot_05 - object
        Candle_bar__plus_00_dot_45_bar__plus_02_dot_16_bar__minus_01_dot_50 - object
        CreditCard_bar__minus_00_dot_81_bar__plus_00_dot_32_bar__minus_01_dot_74 - object
        Statue_bar__plus_02_dot_87_bar__plus_01_dot_48_bar__minus_01_dot_31 - object
        Watch_bar__minus_02_dot_21_bar__plus_02_dot_94_bar__minus_01_dot_21 - object
        DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_57_bar__plus_02_dot_72 - object
        Cabinet_bar__plus_01_dot_22_bar__plus_02_dot_85_bar__minus_00_dot_42 - receptacle
        CoffeeTable_bar__plus_00_dot_24_bar__plus_02_dot_82_bar__minus_02_dot_22 - receptacle
        Drawer_bar__plus_01_dot_81_bar__plus_03_dot_23_bar__plus_00_dot_43 - receptacle
        Dresser_bar__minus_03_dot_30_bar__plus_01_dot_04_bar__minus_02_dot_71 - receptacle
        SideTable_bar__minus_00_dot_02_bar__plus_02_dot_40_bar__plus_03_dot_27 - receptacle
        Sofa_bar__plus_00_dot_62_bar__plus_00_dot_23_bar__minus_02_dot_41 - receptacle
        loc_bar_4_bar_9_bar_0_bar_30 - location
        loc_bar_6_bar__minus_5_bar_2_bar__minus_30 - location
        loc_bar_7_bar_6_bar_2_bar_30 - location
        loc_bar__minus_3_bar_3_bar_1_bar_60 - location
        loc_bar__minus_7_bar_3_bar_2_bar__minus_30 - location
        loc_bar__minus_7_bar__minus_4_bar_1_bar_60 - location
        loc_bar__minus_8_bar_0_bar_2_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_7_bar__minus_4_bar_1_bar_60)
        (receptacleType Cabinet_bar__plus_01_dot_22_bar__plus_02_dot_85_bar__minus_00_dot_42 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_22_bar__plus_02_dot_85_bar__minus_00_dot_42 loc_bar_6_bar__minus_5_bar_2_bar__minus_30)
        (openable Cabinet_bar__plus_01_dot_22_bar__plus_02_dot_85_bar__minus_00_dot_42)
        (receptacleType CoffeeTable_bar__plus_00_dot_24_bar__plus_02_dot_82_bar__minus_02_dot_22 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__plus_00_dot_24_bar__plus_02_dot_82_bar__minus_02_dot_22 loc_bar_4_bar_9_bar_0_bar_30)
        (receptacleType Drawer_bar__plus_01_dot_81_bar__plus_03_dot_23_bar__plus_00_dot_43 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_81_bar__plus_03_dot_23_bar__plus_00_dot_43 loc_bar__minus_3_bar_3_bar_1_bar_60)
        (openable Drawer_bar__plus_01_dot_81_bar__plus_03_dot_23_bar__plus_00_dot_43)
        (receptacleType Dresser_bar__minus_03_dot_30_bar__plus_01_dot_04_bar__minus_02_dot_71 DresserType)
        (receptacleAtLocation Dresser_bar__minus_03_dot_30_bar__plus_01_dot_04_bar__minus_02_dot_71 loc_bar_7_bar_6_bar_2_bar_30)
        (receptacleType SideTable_bar__minus_00_dot_02_bar__plus_02_dot_40_bar__plus_03_dot_27 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_00_dot_02_bar__plus_02_dot_40_bar__plus_03_dot_27 loc_bar__minus_8_bar_0_bar_2_bar__minus_30)
        (receptacleType Sofa_bar__plus_00_dot_62_bar__plus_00_dot_23_bar__minus_02_dot_41 SofaType)
        (receptacleAtLocation Sofa_bar__plus_00_dot_62_bar__plus_00_dot_23_bar__minus_02_dot_41 loc_bar__minus_7_bar_3_bar_2_bar__minus_30)
        (objectType Candle_bar__plus_00_dot_14_bar__plus_01_dot_88_bar__plus_03_dot_05 CandleType)
        (pickupable Candle_bar__plus_00_dot_14_bar__plus_01_dot_88_bar__plus_03_dot_05)
        (inReceptacle Candle_bar__plus_00_dot_14_bar__plus_01_dot_88_bar__plus_03_dot_05 Dresser_bar__minus_03_dot_30_bar__plus_01_dot_04_bar__minus_02_dot_71)
        (objectAtLocation Candle_bar__plus_00_dot_14_bar__plus_01_dot_88_bar__plus_03_dot_05 loc_bar_7_bar_6_bar_2_bar_30)
        (objectType Candle_bar__plus_00_dot_45_bar__plus_02_dot_16_bar__minus_01_dot_50 CandleType)
        (pickupable Candle_bar__plus_00_dot_45_bar__plus_02_dot_16_bar__minus_01_dot_50)
        (inReceptacle Candle_bar__plus_00_dot_45_bar__plus_02_dot_16_bar__minus_01_dot_50 Dresser_bar__minus_03_dot_30_bar__plus_01_dot_04_bar__minus_02_dot_71)
        (objectAtLocation Candle_bar__plus_00_dot_45_bar__plus_02_dot_16_bar__minus_01_dot_50 loc_bar_7_bar_6_bar_2_bar_30)
        (objectType CreditCard_bar__minus_00_dot_81_bar__plus_00_dot_32_bar__minus_01_dot_74 CreditCardType)
        (pickupable CreditCard_bar__minus_00_dot_81_bar__plus_00_dot_32_bar__minus_01_dot_74)
        (inReceptacle CreditCard_bar__minus_00_dot_81_bar__plus_00_dot_32_bar__minus_01_dot_74 CoffeeTable_bar__plus_00_dot_24_bar__plus_02_dot_82_bar__minus_02_dot_22)
        (objectAtLocation CreditCard_bar__minus_00_dot_81_bar__plus_00_dot_32_bar__minus_01_dot_74 loc_bar_4_bar_9_bar_0_bar_30)
        (objectType Statue_bar__plus_02_dot_87_bar__plus_01_dot_48_bar__minus_01_dot_31 StatueType)
        (pickupable Statue_bar__plus_02_dot_87_bar__plus_01_dot_48_bar__minus_01_dot_31)
        (inReceptacle Statue_bar__plus_02_dot_87_bar__plus_01_dot_48_bar__minus_01_dot_31 Dresser_bar__minus_03_dot_30_bar__plus_01_dot_04_bar__minus_02_dot_71)
        (objectAtLocation Statue_bar__plus_02_dot_87_bar__plus_01_dot_48_bar__minus_01_dot_31 loc_bar_7_bar_6_bar_2_bar_30)
        (objectType Watch_bar__minus_02_dot_21_bar__plus_02_dot_94_bar__minus_01_dot_21 WatchType)
        (pickupable Watch_bar__minus_02_dot_21_bar__plus_02_dot_94_bar__minus_01_dot_21)
        (inReceptacle Watch_bar__minus_02_dot_21_bar__plus_02_dot_94_bar__minus_01_dot_21 Drawer_bar__plus_01_dot_81_bar__plus_03_dot_23_bar__plus_00_dot_43)
        (objectAtLocation Watch_bar__minus_02_dot_21_bar__plus_02_dot_94_bar__minus_01_dot_21 loc_bar__minus_3_bar_3_bar_1_bar_60)
        (objectType DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_57_bar__plus_02_dot_72 DeskLampType)
        (toggleable DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_57_bar__plus_02_dot_72)
        (inReceptacle DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_57_bar__plus_02_dot_72 Dresser_bar__minus_03_dot_30_bar__plus_01_dot_04_bar__minus_02_dot_71)
        (objectAtLocation DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_57_bar__plus_02_dot_72 loc_bar_7_bar_6_bar_2_bar_30)
        (canContain CabinetType CandleType)
        (canContain CoffeeTableType CandleType)
        (canContain CoffeeTableType CreditCardType)
        (canContain CoffeeTableType StatueType)
        (canContain CoffeeTableType WatchType)
        (canContain DrawerType CandleType)
        (canContain DrawerType CreditCardType)
        (canContain DrawerType WatchType)
        (canContain DresserType CandleType)
        (canContain DresserType CreditCardType)
        (canContain DresserType StatueType)
        (canContain DresserType WatchType)
        (canContain SideTableType CandleType)
        (canContain SideTableType CreditCardType)
        (canContain SideTableType StatueType)
        (canContain SideTableType WatchType)
        (canContain SofaType CreditCardType)
    )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 CandleType)
                                    (receptacleType ?r DrawerType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 CandleType)
                                            (receptacleType ?r DrawerType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
